package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.centinela.escalation.application.Caller.Part;
import org.centinela.escalation.domain.AuditAction;

/**
 * Operators and auditors read every alert, a responder the alerts she was contacted about (contract §4);
 * every reading, of the list or of one alert, is audited.
 */
@ApplicationScoped
public class ReadAlerts {

    /** How the audit log names the list of alerts. */
    public static final String LIST_SUBJECT = "alerts";

    private final AlertFiles files;
    private final Network network;
    private final AuditTrail audit;
    private final Clock clock;

    public ReadAlerts(AlertFiles files, Network network, AuditTrail audit, Clock clock) {
        this.files = files;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    /** How the audit log names alert {@code alertId}. */
    public static String subject(UUID alertId) {
        return "alert:" + alertId;
    }

    /**
     * The page {@code query} asks for, narrowed for a responder to the alerts that contacted her (none when
     * she is in no directory entry).
     */
    @Transactional
    public AlertPage list(Caller caller, AlertQuery query) {
        audit.append(clock.instant(), caller.username(), AuditAction.READ, LIST_SUBJECT);
        if (caller.readsEveryAlert()) {
            return files.page(query);
        }
        Optional<String> responderId = responderIdOf(caller);
        return responderId.isPresent() ? files.page(query.contacting(responderId.get())) : AlertPage.empty(query);
    }

    /**
     * Alert {@code alertId} with its acknowledgements and timeline.
     *
     * @throws UnknownAlert   when there is no such alert
     * @throws AlertForbidden when the caller is a responder it did not contact
     */
    @Transactional
    public AlertFile read(Caller caller, UUID alertId) {
        if (!files.exists(alertId)) {
            throw new UnknownAlert(alertId);
        }
        if (!caller.readsEveryAlert() && !contactedAbout(caller, alertId)) {
            throw new AlertForbidden("only the responders an alert contacted may read it");
        }
        audit.append(clock.instant(), caller.username(), AuditAction.READ, subject(alertId));
        return files.file(alertId).orElseThrow(() -> new UnknownAlert(alertId));
    }

    private boolean contactedAbout(Caller caller, UUID alertId) {
        return responderIdOf(caller).map(responderId -> files.contacted(alertId, responderId)).orElse(false);
    }

    private Optional<String> responderIdOf(Caller caller) {
        return caller.plays(Part.RESPONDER) ? network.responderIdOf(caller.username()) : Optional.empty();
    }
}
