package org.centinela.contracts.signal;

import java.time.LocalDate;
import org.centinela.contracts.Invariants;

/**
 * The documentation of an attack that a REPORT signal carries. The place and the narrative are
 * personal data: they travel only on {@code signals.received}, and {@link #toString()} withholds them.
 *
 * @param violenceType    what kind of attack it was
 * @param perpetratorType who committed it
 * @param place           where it happened, in her words; may be null
 * @param occurredOn      the day it happened; may be null
 * @param narrative       what happened, in her words, at most {@value #MAX_NARRATIVE_LENGTH} characters; may be null
 */
public record IncidentReport(
        ViolenceType violenceType,
        PerpetratorType perpetratorType,
        String place,
        LocalDate occurredOn,
        String narrative) {

    public static final int MAX_PLACE_LENGTH = 500;
    public static final int MAX_NARRATIVE_LENGTH = 20_000;

    public IncidentReport {
        Invariants.present(violenceType, "violenceType");
        Invariants.present(perpetratorType, "perpetratorType");
        Invariants.optionalText(place, MAX_PLACE_LENGTH, "place");
        Invariants.optionalText(narrative, MAX_NARRATIVE_LENGTH, "narrative");
    }

    @Override
    public String toString() {
        return "IncidentReport[violenceType=" + violenceType
                + ", perpetratorType=" + perpetratorType
                + ", occurredOn=" + occurredOn
                + ", place and narrative withheld]";
    }
}
