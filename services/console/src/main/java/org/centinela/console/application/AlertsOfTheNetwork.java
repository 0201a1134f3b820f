package org.centinela.console.application;

import java.util.List;
import java.util.UUID;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.Triage;

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
    /** Her answer; {@code verification} how an operator verified the defender (null for none). */
    void answer(UUID id, String kind, String verification);

    /**
     * Who is in danger, where and what she said, as escalation discloses it to her (and records that she read it);
     * {@code NotAllowed} when it is not disclosed to her (an auditor, a responder it was not sent to), {@code NotFound}
     * when there is none.
     */
    AlertBrief brief(UUID id);

    /**
     * An operator's decision on an alert held for triage; {@code TriageRefused} when escalation does not do it,
     * {@code NotAllowed} when she may not decide.
     */
    void triage(UUID id, Triage decision);
}
