package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.centinela.escalation.application.DataKeys;
import org.centinela.personaldata.DataKey;
import org.centinela.personaldata.MasterKeys;
import org.centinela.personaldata.WrappedDataKey;

/**
 * Each person's data key in {@code person_data_key}, wrapped under a master key: made at her enrolment, read with her
 * row (the {@link #JOIN} and {@link #COLUMNS} of a select on {@code person}), rewrapped when the master key rotates.
 */
@ApplicationScoped
public class JdbcDataKeys implements DataKeys {

    /** Her latest data key, joined to a select on {@code person}. */
    static final String JOIN = " JOIN person_data_key k ON k.person_id = person.id AND k.version ="
            + " (SELECT max(version) FROM person_data_key l WHERE l.person_id = person.id)";
    /** The three columns of her key that {@link #read} reads, last of a select with the {@link #JOIN}. */
    static final String COLUMNS = "k.version, k.master_key_id, k.wrapped";

    private static final int FIRST_VERSION = 1;

    private final Statements sql;
    private final MasterKeys masterKeys;

    public JdbcDataKeys(Statements sql, MasterKeys masterKeys) {
        this.sql = sql;
        this.masterKeys = masterKeys;
    }

    /** A new data key of hers, to seal her fields with; {@link #keep} it once her row is written. */
    DataKey newKey(String personId) {
        return DataKey.generate(personId, FIRST_VERSION);
    }

    /** Keeps her data key, wrapped under the current master key. */
    void keep(DataKey key, Instant at) {
        WrappedDataKey wrapped = masterKeys.wrap(key);
        sql.update("INSERT INTO person_data_key (person_id, version, master_key_id, wrapped, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", "keep her data key", wrapped.ownerId(), wrapped.version(),
                wrapped.masterKeyId(), wrapped.wrapped(), at);
    }

    /** Her latest data key, unwrapped. */
    DataKey of(String personId) {
        return sql.one("SELECT " + COLUMNS + " FROM person" + JOIN + " WHERE person.id = ?",
                rows -> read(rows, 1, personId), personId)
                .orElseThrow(() -> new IllegalStateException("person " + personId + " has no data key"));
    }

    /** Her data key from the {@link #COLUMNS} that start at column {@code first} of {@code rows}. */
    DataKey read(ResultSet rows, int first, String personId) throws SQLException {
        return masterKeys.unwrap(new WrappedDataKey(personId, rows.getInt(first), rows.getString(first + 1),
                rows.getBytes(first + 2)));
    }

    @Override
    public Rewrapping rewrapUnderCurrentMasterKey() {
        String current = masterKeys.current();
        List<WrappedDataKey> stale = sql.query("SELECT person_id, version, master_key_id, wrapped FROM person_data_key"
                + " WHERE master_key_id <> ? FOR UPDATE", rows -> new WrappedDataKey(rows.getString(1),
                        rows.getInt(2), rows.getString(3), rows.getBytes(4)), current);
        sql.batch("UPDATE person_data_key SET master_key_id = ?, wrapped = ? WHERE person_id = ? AND version = ?",
                "rewrap the data keys", stale.stream().map(masterKeys::rewrap).map(rewrapped -> new Object[] {
                    rewrapped.masterKeyId(), rewrapped.wrapped(), rewrapped.ownerId(), rewrapped.version()})
                        .toList());
        return new Rewrapping(current, stale.size());
    }
}
