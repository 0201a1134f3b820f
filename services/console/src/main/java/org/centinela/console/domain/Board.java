package org.centinela.console.domain;

import java.util.Comparator;
import java.util.List;

/**
 * The alert board: the open alerts, gravest first and, within a grade, newest first; alerts from unknown
 * senders (or held at level 0) in a triage lane of their own.
 */
public record Board(List<Alert> alerts, List<Alert> triage) {

    private static final Comparator<Alert> GRAVEST_NEWEST = Comparator
            .comparing((Alert a) -> a.grade().ordinal()).reversed()
            .thenComparing(Alert::openedAt, Comparator.reverseOrder());

    public Board {
        alerts = List.copyOf(alerts);
        triage = List.copyOf(triage);
    }

    /** The board of these alerts: closed ones left out, the rest sorted and split. */
    public static Board of(List<Alert> all) {
        List<Alert> open = all.stream().filter(Alert::isOpen).sorted(GRAVEST_NEWEST).toList();
        return new Board(open.stream().filter(a -> !a.inTriage()).toList(),
                open.stream().filter(Alert::inTriage).toList());
    }

    public boolean isEmpty() {
        return alerts.isEmpty() && triage.isEmpty();
    }
}
