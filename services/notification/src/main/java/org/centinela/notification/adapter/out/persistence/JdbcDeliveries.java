package org.centinela.notification.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.signal.Grade;
import org.centinela.notification.application.Deliveries;
import org.centinela.notification.domain.Delivery;
import org.centinela.notification.domain.DeliveryState;
import org.centinela.notification.domain.Step;

/**
 * The deliveries as the table {@code notification_delivery}, one row per idempotency key. The table is
 * also the send queue: {@link #claimNext} takes the most urgent due row with {@code FOR UPDATE SKIP LOCKED},
 * so that any number of senders, in any number of replicas, never take the same row.
 */
@ApplicationScoped
public class JdbcDeliveries implements Deliveries {

    private static final String COLUMNS = "idempotency_key, delivery_id, alert_id, alert_code, person_id, channel,"
            + " purpose, grade, level, round, status, provider_id, attempts, next_attempt_at, attempt_started_at,"
            + " uncertain_since, error_code, created_at, on_it, brief, brief_version";

    private final DataSource dataSource;

    public JdbcDeliveries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Step> recordNew(Collection<Step> steps, Instant now) {
        List<Step> recorded = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO notification_delivery ("
                        + "idempotency_key, delivery_id, alert_id, alert_code, person_id, channel, purpose, grade, level,"
                        + " round, priority, status, attempts, next_attempt_at, created_at, updated_at, on_it, brief,"
                        + " brief_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', 0, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")) {
            Timestamp at = Timestamp.from(now);
            List<Step> batch = List.copyOf(steps);
            for (Step step : batch) {
                insert.setString(1, step.idempotencyKey());
                insert.setObject(2, step.deliveryId());
                insert.setObject(3, step.alertId());
                insert.setString(4, step.alertCode());
                insert.setString(5, step.personId());
                insert.setString(6, step.channel().name());
                insert.setString(7, step.purpose().name());
                insert.setString(8, step.grade().name());
                insert.setInt(9, step.level());
                insert.setInt(10, step.round());
                insert.setInt(11, step.priority());
                insert.setTimestamp(12, at);
                insert.setTimestamp(13, at);
                insert.setTimestamp(14, at);
                insert.setArray(15, connection.createArrayOf("text", step.onIt().toArray()));
                insert.setString(16, step.brief().name());
                insert.setLong(17, step.briefVersion());
                insert.addBatch();
            }
            // One round trip for the batch; each count is 1 for a new key, 0 for a key recorded before.
            int[] counts = batch.isEmpty() ? new int[0] : insert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 1) {
                    recorded.add(batch.get(i));
                }
            }
            return recorded;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record notification requests", e);
        }
    }

    @Override
    public Optional<Delivery> claimNext(Set<Channel> channels, Instant now) {
        if (channels.isEmpty()) {
            return Optional.empty();
        }
        String sql = "UPDATE notification_delivery SET status = 'SENDING', attempts = attempts + 1,"
                + " attempt_started_at = ?, next_attempt_at = NULL, updated_at = ?"
                + " WHERE idempotency_key = (SELECT idempotency_key FROM notification_delivery"
                + " WHERE status = 'WAITING' AND next_attempt_at <= ? AND channel = ANY (?)"
                + " ORDER BY priority DESC, sequence LIMIT 1 FOR UPDATE SKIP LOCKED)"
                + " RETURNING " + COLUMNS;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(sql)) {
            Timestamp at = Timestamp.from(now);
            claim.setTimestamp(1, at);
            claim.setTimestamp(2, at);
            claim.setTimestamp(3, at);
            Array names = connection.createArrayOf("varchar", channels.stream().map(Channel::name).toArray());
            claim.setArray(4, names);
            try (ResultSet row = claim.executeQuery()) {
                return row.next() ? Optional.of(delivery(row, null)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the next delivery", e);
        }
    }

    @Override
    public List<Delivery> claimAbandoned(Instant startedBefore, Instant now, int limit) {
        String sql = "WITH abandoned AS (SELECT idempotency_key, attempt_started_at AS started FROM notification_delivery"
                + " WHERE status = 'SENDING' AND attempt_started_at < ? ORDER BY attempt_started_at LIMIT ?"
                + " FOR UPDATE SKIP LOCKED)"
                + " UPDATE notification_delivery d SET attempt_started_at = ?,"
                + " uncertain_since = coalesce(d.uncertain_since, a.started), updated_at = ?"
                + " FROM abandoned a WHERE d.idempotency_key = a.idempotency_key"
                + " RETURNING " + qualified("d") + ", a.started";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(sql)) {
            claim.setTimestamp(1, Timestamp.from(startedBefore));
            claim.setInt(2, limit);
            claim.setTimestamp(3, Timestamp.from(now));
            claim.setTimestamp(4, Timestamp.from(now));
            List<Delivery> abandoned = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    abandoned.add(delivery(rows, rows.getTimestamp("started").toInstant()));
                }
            }
            return abandoned;
        } catch (SQLException e) {
            throw new IllegalStateException("could not take abandoned deliveries", e);
        }
    }

    @Override
    public Optional<Delivery> lock(UUID deliveryId) {
        return one("SELECT " + COLUMNS + " FROM notification_delivery WHERE delivery_id = ? FOR UPDATE", deliveryId);
    }

    @Override
    public Optional<Delivery> find(UUID deliveryId) {
        return one("SELECT " + COLUMNS + " FROM notification_delivery WHERE delivery_id = ?", deliveryId);
    }

    @Override
    public Optional<Delivery> findByKey(String idempotencyKey) {
        return one("SELECT " + COLUMNS + " FROM notification_delivery WHERE idempotency_key = ?", idempotencyKey);
    }

    @Override
    public void save(Delivery delivery) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE notification_delivery SET status = ?,"
                        + " provider_id = ?, attempts = ?, next_attempt_at = ?, attempt_started_at = ?,"
                        + " uncertain_since = ?, error_code = ?, updated_at = now() WHERE delivery_id = ?")) {
            update.setString(1, delivery.state().name());
            update.setString(2, delivery.providerId());
            update.setInt(3, delivery.attempts());
            update.setTimestamp(4, timestamp(delivery.nextAttemptAt()));
            update.setTimestamp(5, timestamp(delivery.attemptStartedAt()));
            update.setTimestamp(6, timestamp(delivery.uncertainSince()));
            update.setString(7, delivery.errorCode());
            update.setObject(8, delivery.step().deliveryId());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no delivery " + delivery.step().deliveryId());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a delivery", e);
        }
    }

    @Override
    public int awaitingBriefDue(UUID alertId, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE notification_delivery"
                        + " SET next_attempt_at = ?, updated_at = ? WHERE alert_id = ? AND status = 'WAITING'"
                        + " AND error_code = ? AND next_attempt_at > ?")) {
            Timestamp at = Timestamp.from(now);
            update.setTimestamp(1, at);
            update.setTimestamp(2, at);
            update.setObject(3, alertId);
            update.setString(4, Delivery.AWAITING_BRIEF);
            update.setTimestamp(5, at);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not make the deliveries waiting for a brief due", e);
        }
    }

    @Override
    public boolean providerIdTaken(String providerId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM notification_delivery WHERE provider_id = ?")) {
            select.setString(1, providerId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look a provider id up", e);
        }
    }

    private Optional<Delivery> one(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(delivery(row, null)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a delivery", e);
        }
    }

    private static Delivery delivery(ResultSet row, Instant attemptStartedAt) throws SQLException {
        Step step = new Step(row.getString("idempotency_key"), row.getObject("delivery_id", UUID.class),
                row.getObject("alert_id", UUID.class), row.getString("alert_code"), row.getString("person_id"),
                Channel.valueOf(row.getString("channel")), NotificationPurpose.valueOf(row.getString("purpose")),
                Grade.valueOf(row.getString("grade")), row.getInt("level"), row.getInt("round"),
                List.of((String[]) row.getArray("on_it").getArray()), BriefDisclosure.valueOf(row.getString("brief")),
                row.getLong("brief_version"));
        return new Delivery(step, DeliveryState.valueOf(row.getString("status")), row.getString("provider_id"),
                row.getInt("attempts"), instant(row.getTimestamp("next_attempt_at")),
                attemptStartedAt != null ? attemptStartedAt : instant(row.getTimestamp("attempt_started_at")),
                instant(row.getTimestamp("uncertain_since")), row.getString("error_code"),
                row.getTimestamp("created_at").toInstant());
    }

    private static String qualified(String alias) {
        StringBuilder columns = new StringBuilder();
        for (String column : COLUMNS.split(",\\s*")) {
            columns.append(columns.length() == 0 ? "" : ", ").append(alias).append('.').append(column);
        }
        return columns.toString();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
