package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.alert.Alert;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.InvalidEntryException;
import org.centinela.escalation.domain.policy.Violation;

/**
 * An operator clears the "phone seized" mode of a defender, saying how she verified her another way
 * ({@code verification}, free text, required): what she said is kept with the mode and on the timeline of her alert
 * that is not over (a PHONE_SEIZED_CLEARED line), never logged; her snapshot says her phone is hers again, and the
 * audit log records who cleared it. Her devices stay revoked: an operator enrols her phone anew. Nobody is told.
 * Clearing a mode that is not on changes nothing.
 */
@ApplicationScoped
public class ClearPhoneSeized {

    /** The longest verification kept, in characters: with the operator's name it fits a timeline line (1000). */
    public static final int MAX_VERIFICATION_LENGTH = 500;

    private final People people;
    private final DirectorySnapshots snapshots;
    private final Alerts alerts;
    private final AlertJournal journal;
    private final AuditTrail audit;
    private final Clock clock;

    public ClearPhoneSeized(People people, DirectorySnapshots snapshots, Alerts alerts, AlertJournal journal,
            AuditTrail audit, Clock clock) {
        this.people = people;
        this.snapshots = snapshots;
        this.alerts = alerts;
        this.journal = journal;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws InvalidEntryException without a verification (blank is none), or with one longer than
     *                               {@value #MAX_VERIFICATION_LENGTH} characters
     * @throws NotInDirectory        when there is no such defender
     */
    @Transactional
    public void clear(String operator, String defenderId, String verification) {
        String said = verificationOf(verification);
        Optional<Alert> notOver = alerts.notOverOf(defenderId);
        Defender defender = people.lockDefender(defenderId)
                .orElseThrow(() -> new NotInDirectory("no defender " + defenderId));
        if (!defender.phoneSeized()) {
            return;
        }
        Instant now = clock.instant();
        people.clearPhoneSeizure(defenderId, operator, said, now);
        snapshots.publish(new Defender(defenderId, defender.profile(), defender.secrets()), people.devices(defenderId),
                now);
        notOver.ifPresent(alert -> {
            alert.phoneSeizureCleared(operator, said, now);
            journal.changed(alert);
        });
        audit.append(now, operator, AuditAction.CLEAR_PHONE_SEIZED, Subjects.defender(defenderId));
    }

    private static String verificationOf(String verification) {
        if (verification == null || verification.isBlank()) {
            throw new InvalidEntryException(List.of(Violation.of("verification",
                    "is required to clear her phone's seized mode: say how the defender was verified", "required")));
        }
        String said = verification.strip();
        if (said.length() > MAX_VERIFICATION_LENGTH) {
            throw new InvalidEntryException(List.of(Violation.of("verification", "must be at most "
                    + MAX_VERIFICATION_LENGTH + " characters", "too-long", MAX_VERIFICATION_LENGTH)));
        }
        return said;
    }
}
