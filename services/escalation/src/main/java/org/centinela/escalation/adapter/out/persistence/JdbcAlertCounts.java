package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.centinela.escalation.application.AlertCounts;

/**
 * The counts of {@link AlertCounts} in {@code alert} and {@code alert_step}: an alert is past its last level once it
 * holds an ESCALATE step of a round above 0, which only paging the operators schedules.
 */
@ApplicationScoped
public class JdbcAlertCounts implements AlertCounts {

    private static final String UNACKNOWLEDGED = "state IN ('OPEN', 'ESCALATING')";
    private static final String COUNT_UNACKNOWLEDGED = "SELECT count(*) FROM alert WHERE " + UNACKNOWLEDGED;
    private static final String COUNT_PAST_LAST_LEVEL = "SELECT count(*) FROM alert a WHERE " + UNACKNOWLEDGED
            + " AND EXISTS (SELECT 1 FROM alert_step s WHERE s.alert_id = a.id AND s.kind = 'ESCALATE' AND s.round > 0)";

    private final Statements statements;

    public JdbcAlertCounts(Statements statements) {
        this.statements = statements;
    }

    @Override
    public long unacknowledged() {
        return statements.one(COUNT_UNACKNOWLEDGED, rows -> rows.getLong(1)).orElse(0L);
    }

    @Override
    public long pastLastLevel() {
        return statements.one(COUNT_PAST_LAST_LEVEL, rows -> rows.getLong(1)).orElse(0L);
    }
}
