package org.centinela.escalation.application;

import java.util.List;
import org.centinela.escalation.domain.policy.Violation;

/** An answer to an alert as sent that breaks a rule (HTTP 422): its field and rule only, never what was typed. */
public class InvalidAnswer extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Violation violation;

    public InvalidAnswer(Violation violation) {
        super(violation.message());
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
