package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.centinela.contracts.notification.Channel;
import org.centinela.escalation.application.People;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.Device;
import org.centinela.escalation.domain.directory.Responder;

/**
 * The people of the directory in the table {@code person}, their devices in {@code device}, every time a defender's
 * phone was marked seized in {@code phone_seizure}.
 */
@ApplicationScoped
public class JdbcPeople implements People {

    private static final String RESPONDER_COLUMNS = "id, name, phone, email, language, channels, username";
    private static final String DEFENDER_COLUMNS = "id, name, phone, language, country, policy_id, baseline_risk,"
            + " sms_replies, pin_hash, duress_pin_hash, code_word_hash, alias, organisation, seized_code_word_hash,"
            + " (SELECT seized_at FROM phone_seizure s WHERE s.defender_id = person.id AND s.cleared_at IS NULL)";
    /** A defender is answered by SMS only (see DirectorySnapshots). */
    private static final String DEFENDER_CHANNELS = "SMS";

    private final Statements sql;

    public JdbcPeople(Statements sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Responder responder, Instant at) {
        sql.update("INSERT INTO person (name, phone, email, language, channels, username, id, role, baseline_risk,"
                + " sms_replies, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'RESPONDER', 0, TRUE, ?, ?)",
                "add a responder", responderValues(responder, at, at));
    }

    @Override
    public void update(Responder responder, Instant at) {
        sql.update("UPDATE person SET name = ?, phone = ?, email = ?, language = ?, channels = ?, username = ?,"
                + " updated_at = ? WHERE id = ? AND role = 'RESPONDER'", "change a responder",
                responder.name(), responder.phone(), responder.email(), responder.language(),
                channels(responder.channels()), responder.username(), at, responder.id());
    }

    /** Her values in the order of the insert: name, phone, email, language, channels, username, id, then {@code more}. */
    private static Object[] responderValues(Responder responder, Object... more) {
        Object[] values = {responder.name(), responder.phone(), responder.email(), responder.language(),
            channels(responder.channels()), responder.username(), responder.id()};
        return concat(values, more);
    }

    @Override
    public void insert(Defender defender, Instant at) {
        sql.update("INSERT INTO person (name, phone, language, country, policy_id, baseline_risk, sms_replies,"
                + " pin_hash, duress_pin_hash, code_word_hash, alias, organisation, seized_code_word_hash, id, role,"
                + " channels, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DEFENDER', '"
                + DEFENDER_CHANNELS + "', ?, ?)", "add a defender", defenderValues(defender, at, at));
    }

    @Override
    public void update(Defender defender, Instant at) {
        sql.update("UPDATE person SET name = ?, phone = ?, language = ?, country = ?, policy_id = ?, baseline_risk = ?,"
                + " sms_replies = ?, pin_hash = ?, duress_pin_hash = ?, code_word_hash = ?, alias = ?, organisation = ?,"
                + " seized_code_word_hash = ?, updated_at = ? WHERE id = ? AND role = 'DEFENDER'", "change a defender",
                concat(Arrays.copyOf(defenderValues(defender), 13), at, defender.id()));
    }

    private static Object[] defenderValues(Defender defender, Object... more) {
        Defender.Profile profile = defender.profile();
        Defender.Secrets secrets = defender.secrets();
        Object[] values = {profile.name(), profile.phone(), profile.language(), profile.country(), profile.policyId(),
            profile.baselineRisk(), profile.smsReplies(), secrets.pinHash(), secrets.duressPinHash(),
            secrets.codeWordHash(), profile.alias(), profile.organisation(), secrets.seizedCodeWordHash(), defender.id()};
        return concat(values, more);
    }

    @Override
    public Optional<Responder> responder(String id) {
        return sql.one("SELECT " + RESPONDER_COLUMNS + " FROM person WHERE id = ? AND role = 'RESPONDER'",
                JdbcPeople::responder, id);
    }

    @Override
    public Optional<Defender> defender(String id) {
        return sql.one("SELECT " + DEFENDER_COLUMNS + " FROM person WHERE id = ? AND role = 'DEFENDER'",
                JdbcPeople::defender, id);
    }

    @Override
    public Optional<Defender> lockDefender(String id) {
        return sql.one("SELECT " + DEFENDER_COLUMNS + " FROM person WHERE id = ? AND role = 'DEFENDER' FOR UPDATE",
                JdbcPeople::defender, id);
    }

    @Override
    public Map<String, String> responderNames(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return sql.query("SELECT id, name FROM person WHERE id = ANY (?) AND role = 'RESPONDER'",
                rows -> Map.entry(rows.getString(1), rows.getString(2)), (Object) ids.toArray(String[]::new))
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public boolean delete(String id) {
        return sql.update("DELETE FROM person WHERE id = ?", "remove a person", id) == 1;
    }

    @Override
    public Optional<String> idWithPhone(String e164) {
        return sql.one("SELECT id FROM person WHERE phone = ?", rows -> rows.getString(1), e164);
    }

    @Override
    public Optional<String> idWithUsername(String username) {
        return sql.one("SELECT id FROM person WHERE username = ?", rows -> rows.getString(1), username);
    }

    @Override
    public Optional<String> idWithSeizedCodeWord(String hash) {
        return sql.one("SELECT id FROM person WHERE seized_code_word_hash = ?", rows -> rows.getString(1), hash);
    }

    @Override
    public List<Responder> responders(String search, int offset, int limit) {
        return page("SELECT " + RESPONDER_COLUMNS + " FROM person WHERE role = 'RESPONDER'", JdbcPeople::responder,
                search, offset, limit);
    }

    @Override
    public List<Defender> defenders(String search, int offset, int limit) {
        return page("SELECT " + DEFENDER_COLUMNS + " FROM person WHERE role = 'DEFENDER'", JdbcPeople::defender,
                search, offset, limit);
    }

    @Override
    public List<String> defendersUsing(String policyId, int limit) {
        return sql.query("SELECT id FROM person WHERE policy_id = ? ORDER BY id LIMIT ?", rows -> rows.getString(1),
                policyId, limit);
    }

    @Override
    public void addDevice(String defenderId, String tokenHash, Instant at) {
        sql.update("INSERT INTO device (token_hash, defender_id, created_at) VALUES (?, ?, ?)", "enrol a device",
                tokenHash, defenderId, at);
    }

    @Override
    public List<Device> devices(String defenderId) {
        return sql.query("SELECT token_hash, created_at, last_used_at FROM device WHERE defender_id = ?"
                + " ORDER BY created_at, token_hash", rows -> new Device(rows.getString(1),
                        rows.getTimestamp(2).toInstant(), instant(rows.getTimestamp(3))), defenderId);
    }

    @Override
    public void removeDevice(String tokenHash) {
        sql.update("DELETE FROM device WHERE token_hash = ?", "revoke a device", tokenHash);
    }

    @Override
    public void removeDevices(String defenderId) {
        sql.update("DELETE FROM device WHERE defender_id = ?", "revoke her devices", defenderId);
    }

    @Override
    public void deviceUsed(String tokenHash, Instant at) {
        sql.update("UPDATE device SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL"
                + " OR last_used_at < ?)", "record a device's use", at, tokenHash, at);
    }

    @Override
    public int seizePhone(String defenderId, String by, Instant at) {
        return sql.one("INSERT INTO phone_seizure (defender_id, number, seized_at, seized_by)"
                + " SELECT ?, coalesce(max(number), 0) + 1, ?, ? FROM phone_seizure WHERE defender_id = ?"
                + " RETURNING number", rows -> rows.getInt(1), defenderId, at, by, defenderId).orElseThrow();
    }

    @Override
    public void clearPhoneSeizure(String defenderId, String by, String verification, Instant at) {
        sql.update("UPDATE phone_seizure SET cleared_at = ?, cleared_by = ?, verification = ?"
                + " WHERE defender_id = ? AND cleared_at IS NULL", "clear her phone's seizure", at, by, verification,
                defenderId);
    }

    private <T> List<T> page(String select, Statements.Row<T> row, String search, int offset, int limit) {
        String order = " ORDER BY lower(name), id OFFSET ? LIMIT ?";
        return search == null ? sql.query(select + order, row, offset, limit)
                : sql.query(select + " AND strpos(lower(name), lower(?)) > 0" + order, row, search, offset, limit);
    }

    static String channels(Set<Channel> channels) {
        return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Channel> channels(String text) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (text != null && !text.isEmpty()) {
            for (String name : text.split(",")) {
                channels.add(Channel.valueOf(name));
            }
        }
        return channels;
    }

    private static Responder responder(ResultSet rows) throws SQLException {
        return new Responder(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), channels(rows.getString(6)), rows.getString(7));
    }

    private static Defender defender(ResultSet rows) throws SQLException {
        return new Defender(rows.getString(1), new Defender.Profile(rows.getString(2), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7), rows.getBoolean(8),
                rows.getString(12), rows.getString(13)),
                new Defender.Secrets(rows.getString(9), rows.getString(10), rows.getString(11), rows.getString(14)),
                instant(rows.getTimestamp(15)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Object[] concat(Object[] first, Object... more) {
        Object[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
