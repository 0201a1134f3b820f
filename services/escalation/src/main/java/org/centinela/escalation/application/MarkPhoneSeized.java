package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.alert.Alert;
import org.centinela.escalation.domain.alert.PhoneSeizure;
import org.centinela.escalation.domain.directory.Defender;

/**
 * A defender's phone is marked seized ("phone seized" mode), by an operator or by the defender herself texting, from
 * any phone, the code word she registered for it: her phone may be in other hands. In one transaction every device of
 * her panic app is revoked, her snapshot says so on {@code directory.people} (without any device), her alert that is
 * not over gets a PHONE_SEIZED line and everyone it contacted is told once, and the audit log records who marked it.
 * From then on a cancel from her phone changes nothing; her SOS, a duress PIN and her other signals work as always.
 * Marking it while it is marked changes nothing.
 */
@ApplicationScoped
public class MarkPhoneSeized {

    private final People people;
    private final DirectorySnapshots snapshots;
    private final Alerts alerts;
    private final AlertContexts contexts;
    private final AlertJournal journal;
    private final AuditTrail audit;
    private final Clock clock;

    public MarkPhoneSeized(People people, DirectorySnapshots snapshots, Alerts alerts, AlertContexts contexts,
            AlertJournal journal, AuditTrail audit, Clock clock) {
        this.people = people;
        this.snapshots = snapshots;
        this.alerts = alerts;
        this.contexts = contexts;
        this.journal = journal;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Operator {@code operator} marks it; since when it is marked.
     *
     * @throws NotInDirectory when there is no such defender
     */
    @Transactional
    public Instant byOperator(String operator, String defenderId) {
        return mark(defenderId, operator).orElseThrow(() -> new NotInDirectory("no defender " + defenderId));
    }

    /** She texted her code word for it (a PHONE_SEIZED signal); since when it is marked, empty for no defender. */
    @Transactional
    public Optional<Instant> byCodeWord(String defenderId) {
        return mark(defenderId, null);
    }

    private Optional<Instant> mark(String defenderId, String operator) {
        // Her transaction lock and her alert first, as whatever concerns her alert not over takes them; then her row.
        Optional<Alert> notOver = alerts.notOverOf(defenderId);
        Optional<Defender> found = people.lockDefender(defenderId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Defender defender = found.get();
        if (defender.phoneSeized()) {
            return Optional.of(defender.phoneSeizedSince());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String by = operator == null ? PhoneSeizure.BY_CODE_WORD : operator;
        PhoneSeizure seizure = new PhoneSeizure(people.seizePhone(defenderId, by, now), operator);
        people.removeDevices(defenderId);
        snapshots.publish(new Defender(defenderId, defender.profile(), defender.secrets(), now), List.of(), now);
        seizure.markOn(notOver.stream().toList(), contexts::forAlert, now);
        notOver.ifPresent(journal::changed);
        audit.append(now, seizure.by(), AuditAction.MARK_PHONE_SEIZED, Subjects.defender(defenderId));
        return Optional.of(now);
    }
}
