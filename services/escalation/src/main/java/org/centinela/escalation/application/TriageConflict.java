package org.centinela.escalation.application;

import java.util.List;

/**
 * A triage decision the alert cannot take as things are (HTTP 409): it is not held for triage (any more), or the
 * defender it would be attached to has another alert that is not over. The message names ids only.
 *
 * @see #field() the request field at fault; {@code ""} when the conflict is about the alert
 * @see #code() the rule broken: {@code not-held} or {@code open-alert-exists}
 * @see #args() the rule's values: the id of her alert not over for {@code open-alert-exists}
 */
public class TriageConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;
    private final List<String> args;

    private TriageConflict(String field, String code, List<String> args, String message) {
        super(message);
        this.field = field;
        this.code = code;
        this.args = List.copyOf(args);
    }

    static TriageConflict notHeld() {
        return new TriageConflict("", "not-held", List.of(), "the alert is not held for triage");
    }

    static TriageConflict openAlertExists(String otherAlertId) {
        return new TriageConflict("defenderId", "open-alert-exists", List.of(otherAlertId),
                "defenderId has another alert that is not over: " + otherAlertId);
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
