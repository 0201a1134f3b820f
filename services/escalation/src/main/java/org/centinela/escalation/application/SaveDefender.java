package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.sms.CodeWord;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.DefenderDraft;
import org.centinela.escalation.domain.directory.InvalidEntryException;
import org.centinela.escalation.domain.policy.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An operator adds a defender to the network or edits her. Her PINs are kept only as keyed slow hashes and
 * her code word as the keyed fingerprint of its normal form ({@link CodeWord}), which is what intake
 * compares; her snapshot goes to {@code directory.people} and the change to the audit log, in one transaction.
 */
@ApplicationScoped
public class SaveDefender {

    private final People people;
    private final Policies policies;
    private final DirectorySnapshots snapshots;
    private final AuditTrail audit;
    private final PepperedHash hashes;
    private final Clock clock;
    private final String defaultRegion;

    public SaveDefender(People people, Policies policies, DirectorySnapshots snapshots, AuditTrail audit,
            PepperedHash hashes, Clock clock, @ConfigProperty(name = "escalation.default-region") String defaultRegion) {
        this.people = people;
        this.policies = policies;
        this.snapshots = snapshots;
        this.audit = audit;
        this.hashes = hashes;
        this.clock = clock;
        this.defaultRegion = defaultRegion;
    }

    /** The id of the new defender. */
    @Transactional
    public String create(String actor, DefenderDraft draft) {
        Defender.Profile profile = draft.toProfile(defaultRegion, true, id -> policies.current(id).isPresent());
        String id = UUID.randomUUID().toString();
        Unique.check(people, id, profile.phone(), null);
        Defender defender = new Defender(id, profile, new Defender.Secrets(hashes.hashPin(draft.pin()),
                hashes.hashPin(draft.duressPin()), draft.hasCodeWord() ? codeWordHash(draft.codeWord()) : null));
        Instant now = clock.instant();
        people.insert(defender, now);
        snapshots.publish(defender, List.of(), now);
        audit.append(now, actor, AuditAction.CREATE, Subjects.defender(id));
        return id;
    }

    /** Edits her; a PIN left out stays as it was, a {@code codeWord} of "" removes hers. */
    @Transactional
    public void update(String actor, String id, DefenderDraft draft) {
        Defender old = people.defender(id).orElseThrow(() -> new NotInDirectory("no defender " + id));
        Defender.Profile profile = draft.toProfile(defaultRegion, false, policyId -> policies.current(policyId).isPresent());
        checkAgainstKeptPins(draft, old.secrets());
        Unique.check(people, id, profile.phone(), null);
        Defender.Secrets kept = old.secrets();
        String codeWordHash = draft.hasCodeWord() ? codeWordHash(draft.codeWord())
                : draft.removesCodeWord() ? null : kept.codeWordHash();
        Defender defender = new Defender(id, profile, new Defender.Secrets(
                draft.pin() == null ? kept.pinHash() : hashes.hashPin(draft.pin()),
                draft.duressPin() == null ? kept.duressPinHash() : hashes.hashPin(draft.duressPin()), codeWordHash));
        Instant now = clock.instant();
        people.update(defender, now);
        snapshots.publish(defender, people.deviceTokenHashes(id), now);
        audit.append(now, actor, AuditAction.UPDATE, Subjects.defender(id));
    }

    /** A new PIN must not be her kept duress PIN, nor a new duress PIN her kept PIN: they would be one. */
    private void checkAgainstKeptPins(DefenderDraft draft, Defender.Secrets kept) {
        List<Violation> violations = new ArrayList<>();
        if (draft.pin() != null && draft.duressPin() == null && hashes.matchesPin(draft.pin(), kept.duressPinHash())) {
            violations.add(Violation.of("pin", "must differ from her duress PIN", "duress-same-as-pin"));
        }
        if (draft.duressPin() != null && draft.pin() == null && hashes.matchesPin(draft.duressPin(), kept.pinHash())) {
            violations.add(Violation.of("duressPin", "must differ from her PIN", "duress-same-as-pin"));
        }
        InvalidEntryException.throwIfAny(violations);
    }

    private String codeWordHash(String codeWord) {
        return hashes.fingerprint(CodeWord.normalise(codeWord));
    }
}
