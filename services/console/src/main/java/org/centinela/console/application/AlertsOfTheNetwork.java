package org.centinela.console.application;

import java.util.List;
import java.util.UUID;
import org.centinela.console.domain.Alert;

/**
 * escalation's alerts, as the signed-in person may see them: every call carries her own access token,
 * so escalation alone decides what she reads and answers (contract §4).
 */
public interface AlertsOfTheNetwork {

    /** The most recent alerts she may read, newest first. */
    List<Alert> recent();

    /** One alert; {@code NotFound} or {@code NotAllowed} when escalation says so. */
    Alert alert(UUID id);

    /** ACK, DECLINE or RESOLVE on her behalf; {@code NotAllowed} when escalation refuses. */
    void answer(UUID id, String kind);
}
