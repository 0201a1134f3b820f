package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.centinela.contracts.notification.Channel;
import org.centinela.escalation.application.Network;

/**
 * The network as the engine reads it at every level it starts, straight from the directory's tables: each
 * question is one query on a primary key or an index, so it is always current, on every replica, without a
 * cache to invalidate.
 */
@ApplicationScoped
public class JdbcNetwork implements Network {

    private static final String NO_MEMBER = "";

    private final Statements sql;

    public JdbcNetwork(Statements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Set<String>> groupMembers(String groupId) {
        List<String> rows = sql.query("SELECT coalesce(m.responder_id, '') FROM responder_group g"
                + " LEFT JOIN group_member m ON m.group_id = g.id WHERE g.id = ? ORDER BY m.position",
                result -> result.getString(1), groupId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> members = new LinkedHashSet<>(rows);
        members.remove(NO_MEMBER);
        return Optional.of(Collections.unmodifiableSet(members));
    }

    @Override
    public Set<Channel> channelsOf(String personId) {
        return sql.one("SELECT channels FROM person WHERE id = ?", rows -> rows.getString(1), personId)
                .map(JdbcPeople::channels).map(Collections::unmodifiableSet).orElse(Set.of());
    }

    @Override
    public boolean responderExists(String responderId) {
        return sql.one("SELECT 1 FROM person WHERE id = ? AND role = 'RESPONDER'", rows -> true, responderId).isPresent();
    }

    @Override
    public Optional<String> policyOf(String defenderId) {
        return sql.one("SELECT policy_id FROM person WHERE id = ? AND role = 'DEFENDER'", rows -> rows.getString(1),
                defenderId);
    }

    @Override
    public boolean phoneSeized(String defenderId) {
        return sql.one("SELECT 1 FROM phone_seizure WHERE defender_id = ? AND cleared_at IS NULL", rows -> true,
                defenderId).isPresent();
    }

    @Override
    public Optional<String> responderIdOf(String username) {
        return sql.one("SELECT id FROM person WHERE username = ? AND role = 'RESPONDER'", rows -> rows.getString(1),
                username);
    }
}
