package org.centinela.escalation.application;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.escalation.domain.alert.Acknowledgement;
import org.centinela.escalation.domain.alert.TimelineEntry;

/**
 * An alert's brief as one reader may read it through the API. Personal data: never logged.
 *
 * @param brief         the brief as it is now
 * @param heldForTriage whether the alert waits for an operator's triage
 * @param inDirectory   whether its defender is in the directory (not an unknown sender)
 * @param name          her name in the directory, for operators only; null otherwise
 * @param acks          who said "I'm on it", on which channel and when, in order
 * @param names         the directory's name of each of them, by id; none for an operator or someone removed
 * @param disclosures   to whom the brief went, who opened or read it (BRIEF_DISCLOSED, BRIEF_OPENED, BRIEF_READ
 *                      lines of its timeline), for operators only; empty otherwise
 */
public record BriefReading(AlertBrief brief, boolean heldForTriage, boolean inDirectory, String name,
        List<Acknowledgement> acks, Map<String, String> names, List<TimelineEntry> disclosures) {

    public BriefReading {
        Objects.requireNonNull(brief, "brief");
        acks = List.copyOf(acks);
        names = Map.copyOf(names);
        disclosures = List.copyOf(disclosures);
    }

    @Override
    public String toString() {
        return "BriefReading[" + brief + "]";
    }
}
