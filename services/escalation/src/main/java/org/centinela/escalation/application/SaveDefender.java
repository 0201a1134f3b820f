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
 * compares; so is the code word she texts, from any phone, to say hers was seized, which must differ from her code
 * word and be no other defender's (intake knows her by it). Her snapshot goes to {@code directory.people} and the
 * change to the audit log, in one transaction.
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
        String seizedCodeWordHash = draft.hasSeizedCodeWord() ? codeWordHash(draft.seizedCodeWord()) : null;
        Unique.seizedCodeWord(people, id, seizedCodeWordHash);
        Defender defender = new Defender(id, profile, new Defender.Secrets(hashes.hashPin(draft.pin()),
                hashes.hashPin(draft.duressPin()), draft.hasCodeWord() ? codeWordHash(draft.codeWord()) : null,
                seizedCodeWordHash));
        Instant now = clock.instant();
        people.insert(defender, now);
        snapshots.publish(defender, List.of(), now);
        audit.append(now, actor, AuditAction.CREATE, Subjects.defender(id));
        return id;
    }

    /**
     * Edits her; a PIN left out stays as it was, a {@code codeWord} or {@code seizedCodeWord} left out too, and one of
     * "" removes hers. Whether her phone is marked seized is no part of an edit.
     */
    @Transactional
    public void update(String actor, String id, DefenderDraft draft) {
        Defender old = people.lockDefender(id).orElseThrow(() -> new NotInDirectory("no defender " + id));
        Defender.Profile profile = draft.toProfile(defaultRegion, false, policyId -> policies.current(policyId).isPresent());
        checkAgainstKeptPins(draft, old.secrets());
        Defender.Secrets kept = old.secrets();
        String codeWordHash = draft.hasCodeWord() ? codeWordHash(draft.codeWord())
                : draft.removesCodeWord() ? null : kept.codeWordHash();
        String seizedCodeWordHash = draft.hasSeizedCodeWord() ? codeWordHash(draft.seizedCodeWord())
                : draft.removesSeizedCodeWord() ? null : kept.seizedCodeWordHash();
        checkAgainstKeptCodeWords(draft, codeWordHash, seizedCodeWordHash);
        Unique.check(people, id, profile.phone(), null);
        Unique.seizedCodeWord(people, id, seizedCodeWordHash);
        Defender defender = old.edited(profile, new Defender.Secrets(
                draft.pin() == null ? kept.pinHash() : hashes.hashPin(draft.pin()),
                draft.duressPin() == null ? kept.duressPinHash() : hashes.hashPin(draft.duressPin()), codeWordHash,
                seizedCodeWordHash));
        Instant now = clock.instant();
        people.update(defender, now);
        snapshots.publish(defender, people.devices(id), now);
        audit.append(now, actor, AuditAction.UPDATE, Subjects.defender(id));
    }

    /**
     * A new code word must not be her kept code word for a seized phone, nor a new one for a seized phone her kept
     * code word: one SMS would both raise a panic and mark her phone seized. (Both new, the draft compares them.)
     */
    private static void checkAgainstKeptCodeWords(DefenderDraft draft, String codeWordHash, String seizedCodeWordHash) {
        if (codeWordHash == null || !codeWordHash.equals(seizedCodeWordHash)) {
            return;
        }
        if (draft.hasSeizedCodeWord() && !draft.hasCodeWord()) {
            throw new InvalidEntryException(List.of(Violation.of("seizedCodeWord", "must differ from her code word",
                    "seized-same-as-code-word")));
        }
        if (draft.hasCodeWord() && !draft.hasSeizedCodeWord()) {
            throw new InvalidEntryException(List.of(Violation.of("codeWord",
                    "must differ from her code word for a seized phone", "seized-same-as-code-word")));
        }
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
