package org.centinela.escalation.domain.alert;

/** What an alert does when one of its steps falls due. */
public enum StepKind {
    /** {@code escalateAfter} of a level passed: the next level starts, or past the last one the operators are paged. */
    ESCALATE,
    /** {@code repeatEvery} of a level passed: whoever of it has not answered is contacted again. */
    REPEAT,
    /**
     * The gap between two updates of the brief ended for someone on it: everyone still behind its version whose
     * gap ended gets the latest.
     */
    BRIEF_UPDATE
}
