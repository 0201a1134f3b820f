package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.escalation.application.People;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.Device;
import org.centinela.escalation.domain.directory.Responder;
import org.centinela.personaldata.DataKey;

/**
 * The people of the directory in the table {@code person}, their devices in {@code device}, every time a defender's
 * phone was marked seized in {@code phone_seizure}.
 * <p>
 * Her personal text is sealed with her own data key ({@link JdbcDataKeys}), each column bound to her and to its
 * field: name, phone, e-mail, alias, organisation, and how an operator verified her when her phone's seizure was
 * cleared. Her phone is found by its keyed fingerprint ({@code phone_hash}). Sealed names cannot be sorted or searched
 * in SQL: a page of the directory opens every person of the role, then filters, sorts and cuts in the service.
 */
@ApplicationScoped
public class JdbcPeople implements People {

    static final String NAME = "name";
    static final String PHONE = "phone";
    static final String EMAIL = "email";
    static final String ALIAS = "alias";
    static final String ORGANISATION = "organisation";
    static final String VERIFICATION = "verification";

    private static final String RESPONDER_COLUMNS = "id, name, phone, email, language, channels, username, "
            + JdbcDataKeys.COLUMNS + " FROM person" + JdbcDataKeys.JOIN;
    private static final int RESPONDER_KEY = 8;
    private static final String DEFENDER_COLUMNS = "id, name, phone, language, country, policy_id, baseline_risk,"
            + " sms_replies, pin_hash, duress_pin_hash, code_word_hash, alias, organisation, seized_code_word_hash,"
            + " (SELECT seized_at FROM phone_seizure s WHERE s.defender_id = person.id AND s.cleared_at IS NULL), "
            + JdbcDataKeys.COLUMNS + " FROM person" + JdbcDataKeys.JOIN;
    private static final int DEFENDER_KEY = 16;
    /** A defender is answered by SMS only (see DirectorySnapshots). */
    private static final String DEFENDER_CHANNELS = "SMS";

    private final Statements sql;
    private final JdbcDataKeys keys;
    private final PepperedHash hashes;

    public JdbcPeople(Statements sql, JdbcDataKeys keys, PepperedHash hashes) {
        this.sql = sql;
        this.keys = keys;
        this.hashes = hashes;
    }

    @Override
    public void insert(Responder responder, Instant at) {
        DataKey key = keys.newKey(responder.id());
        sql.update("INSERT INTO person (name, phone, email, phone_hash, language, channels, username, id, role,"
                + " baseline_risk, sms_replies, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'RESPONDER', 0, TRUE, ?, ?)",
                "add a responder", responderValues(key, responder, at, at));
        keys.keep(key, at);
    }

    @Override
    public void update(Responder responder, Instant at) {
        sql.update("UPDATE person SET name = ?, phone = ?, email = ?, phone_hash = ?, language = ?, channels = ?,"
                + " username = ?, updated_at = ? WHERE id = ? AND role = 'RESPONDER'", "change a responder",
                concat(Arrays.copyOf(responderValues(keys.of(responder.id()), responder), 7), at, responder.id()));
    }

    /**
     * Her values in the order of the insert: name, phone, email (sealed), phone_hash, language, channels, username,
     * id, then {@code more}.
     */
    private Object[] responderValues(DataKey key, Responder responder, Object... more) {
        Object[] values = {key.seal(NAME, responder.name()), key.seal(PHONE, responder.phone()),
            key.seal(EMAIL, responder.email()), phoneHash(responder.phone()), responder.language(),
            channels(responder.channels()), responder.username(), responder.id()};
        return concat(values, more);
    }

    @Override
    public void insert(Defender defender, Instant at) {
        DataKey key = keys.newKey(defender.id());
        sql.update("INSERT INTO person (name, phone, language, country, policy_id, baseline_risk, sms_replies,"
                + " pin_hash, duress_pin_hash, code_word_hash, alias, organisation, seized_code_word_hash, phone_hash,"
                + " id, role, channels, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DEFENDER', '" + DEFENDER_CHANNELS + "', ?, ?)",
                "add a defender", defenderValues(key, defender, at, at));
        keys.keep(key, at);
    }

    @Override
    public void update(Defender defender, Instant at) {
        sql.update("UPDATE person SET name = ?, phone = ?, language = ?, country = ?, policy_id = ?, baseline_risk = ?,"
                + " sms_replies = ?, pin_hash = ?, duress_pin_hash = ?, code_word_hash = ?, alias = ?, organisation = ?,"
                + " seized_code_word_hash = ?, phone_hash = ?, updated_at = ? WHERE id = ? AND role = 'DEFENDER'",
                "change a defender", concat(Arrays.copyOf(defenderValues(keys.of(defender.id()), defender), 14), at,
                        defender.id()));
    }

    /** Her values in the order of the insert, her name, phone, alias and organisation sealed, then {@code more}. */
    private Object[] defenderValues(DataKey key, Defender defender, Object... more) {
        Defender.Profile profile = defender.profile();
        Defender.Secrets secrets = defender.secrets();
        Object[] values = {key.seal(NAME, profile.name()), key.seal(PHONE, profile.phone()), profile.language(),
            profile.country(), profile.policyId(), profile.baselineRisk(), profile.smsReplies(), secrets.pinHash(),
            secrets.duressPinHash(), secrets.codeWordHash(), key.seal(ALIAS, profile.alias()),
            key.seal(ORGANISATION, profile.organisation()), secrets.seizedCodeWordHash(), phoneHash(profile.phone()),
            defender.id()};
        return concat(values, more);
    }

    /** The keyed fingerprint her phone (E.164) is found by. */
    String phoneHash(String e164) {
        return hashes.fingerprint(e164);
    }

    @Override
    public Optional<Responder> responder(String id) {
        return sql.one("SELECT " + RESPONDER_COLUMNS + " WHERE person.id = ? AND role = 'RESPONDER'", this::responder,
                id);
    }

    @Override
    public Optional<Defender> defender(String id) {
        return sql.one("SELECT " + DEFENDER_COLUMNS + " WHERE person.id = ? AND role = 'DEFENDER'", this::defender,
                id);
    }

    @Override
    public Optional<Defender> lockDefender(String id) {
        return sql.one("SELECT " + DEFENDER_COLUMNS + " WHERE person.id = ? AND role = 'DEFENDER' FOR UPDATE OF person",
                this::defender, id);
    }

    @Override
    public Map<String, String> responderNames(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return sql.query("SELECT id, name, " + JdbcDataKeys.COLUMNS + " FROM person" + JdbcDataKeys.JOIN
                + " WHERE person.id = ANY (?) AND role = 'RESPONDER'", rows -> Map.entry(rows.getString(1),
                        keys.read(rows, 3, rows.getString(1)).open(NAME, rows.getString(2))),
                (Object) ids.toArray(String[]::new))
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public boolean delete(String id) {
        return sql.update("DELETE FROM person WHERE id = ?", "remove a person", id) == 1;
    }

    @Override
    public Optional<String> idWithPhone(String e164) {
        return sql.one("SELECT id FROM person WHERE phone_hash = ?", rows -> rows.getString(1), phoneHash(e164));
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
        return page("SELECT " + RESPONDER_COLUMNS + " WHERE role = 'RESPONDER'", this::responder, Responder::name,
                Responder::id, search, offset, limit);
    }

    @Override
    public List<Defender> defenders(String search, int offset, int limit) {
        return page("SELECT " + DEFENDER_COLUMNS + " WHERE role = 'DEFENDER'", this::defender,
                defender -> defender.profile().name(), Defender::id, search, offset, limit);
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
                + " WHERE defender_id = ? AND cleared_at IS NULL", "clear her phone's seizure", at, by,
                keys.of(defenderId).seal(VERIFICATION, verification), defenderId);
    }

    /** The page of those {@code select} reads whose name contains {@code search} (any case; null: all), by name. */
    private <T> List<T> page(String select, Statements.Row<T> row, Function<T, String> name, Function<T, String> id,
            String search, int offset, int limit) {
        String lowerSearch = search == null ? null : search.toLowerCase(Locale.ROOT);
        Function<T, String> lowerName = person -> name.apply(person).toLowerCase(Locale.ROOT);
        return sql.query(select, row).stream()
                .filter(person -> lowerSearch == null || lowerName.apply(person).contains(lowerSearch))
                .sorted(Comparator.comparing(lowerName).thenComparing(id))
                .skip(offset).limit(limit).toList();
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

    private Responder responder(ResultSet rows) throws SQLException {
        DataKey key = keys.read(rows, RESPONDER_KEY, rows.getString(1));
        return new Responder(rows.getString(1), key.open(NAME, rows.getString(2)), key.open(PHONE, rows.getString(3)),
                key.open(EMAIL, rows.getString(4)), rows.getString(5), channels(rows.getString(6)), rows.getString(7));
    }

    private Defender defender(ResultSet rows) throws SQLException {
        DataKey key = keys.read(rows, DEFENDER_KEY, rows.getString(1));
        return new Defender(rows.getString(1), new Defender.Profile(key.open(NAME, rows.getString(2)),
                key.open(PHONE, rows.getString(3)), rows.getString(4), rows.getString(5), rows.getString(6),
                rows.getInt(7), rows.getBoolean(8), key.open(ALIAS, rows.getString(12)),
                key.open(ORGANISATION, rows.getString(13))),
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
