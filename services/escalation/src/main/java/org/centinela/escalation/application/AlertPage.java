package org.centinela.escalation.application;

import java.util.List;

/**
 * One page of alerts, newest first.
 *
 * @param total how many alerts the query matches on all pages
 */
public record AlertPage(List<AlertFile> alerts, long total, int page, int size) {

    public AlertPage {
        alerts = List.copyOf(alerts);
        if (total < alerts.size()) {
            throw new IllegalArgumentException("total must count at least the alerts of the page");
        }
    }

    /** A page of nothing, for a caller who may see no alert. */
    static AlertPage empty(AlertQuery query) {
        return new AlertPage(List.of(), 0, query.page(), query.size());
    }

    /** Whether a later page has alerts. */
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
