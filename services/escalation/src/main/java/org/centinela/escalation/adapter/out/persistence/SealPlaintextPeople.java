package org.centinela.escalation.adapter.out.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import org.centinela.personaldata.DataKey;
import org.jboss.logging.Logger;

/**
 * At each start, seals the people written before their fields were sealed (rows without a data key): a migration
 * cannot, since the keys are not in the database. Each gets her data key, her fields sealed and her phone's
 * fingerprint, in one transaction; rows another instance is sealing at the same time are skipped. Until it has run,
 * such a row is left out of the directory's reads (they join her data key). A database that is down at start leaves
 * them for the next start.
 */
@ApplicationScoped
public class SealPlaintextPeople {

    private static final Logger LOG = Logger.getLogger(SealPlaintextPeople.class);

    private final Statements sql;
    private final JdbcDataKeys keys;
    private final JdbcPeople people;
    private final Clock clock;

    public SealPlaintextPeople(Statements sql, JdbcDataKeys keys, JdbcPeople people, Clock clock) {
        this.sql = sql;
        this.keys = keys;
        this.people = people;
        this.clock = clock;
    }

    void atStart(@Observes StartupEvent started) {
        try {
            int sealed = QuarkusTransaction.requiringNew().call(this::sealAll);
            if (sealed > 0) {
                LOG.infof("%d people were kept in plaintext: their fields are sealed now", sealed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not seal the people kept in plaintext (%s): again at the next start", e.getClass().getSimpleName());
        }
    }

    /** How many people were sealed. */
    public int sealAll() {
        List<Plaintext> plaintext = sql.query("SELECT id, name, phone, email, alias, organisation FROM person"
                + " WHERE NOT EXISTS (SELECT 1 FROM person_data_key k WHERE k.person_id = person.id)"
                + " FOR UPDATE SKIP LOCKED", rows -> new Plaintext(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)));
        for (Plaintext person : plaintext) {
            seal(person);
        }
        return plaintext.size();
    }

    private void seal(Plaintext person) {
        DataKey key = keys.newKey(person.id());
        sql.update("UPDATE person SET name = ?, phone = ?, email = ?, alias = ?, organisation = ?, phone_hash = ?"
                + " WHERE id = ?", "seal her fields", key.seal(JdbcPeople.NAME, person.name()),
                key.seal(JdbcPeople.PHONE, person.phone()), key.seal(JdbcPeople.EMAIL, person.email()),
                key.seal(JdbcPeople.ALIAS, person.alias()), key.seal(JdbcPeople.ORGANISATION, person.organisation()),
                people.phoneHash(person.phone()), person.id());
        List<Verification> verifications = sql.query("SELECT number, verification FROM phone_seizure"
                + " WHERE defender_id = ? AND verification IS NOT NULL",
                rows -> new Verification(rows.getInt(1), rows.getString(2)), person.id());
        sql.batch("UPDATE phone_seizure SET verification = ? WHERE defender_id = ? AND number = ?",
                "seal how she was verified", verifications.stream().map(verification -> new Object[] {
                    key.seal(JdbcPeople.VERIFICATION, verification.text()), person.id(), verification.number()})
                        .toList());
        keys.keep(key, clock.instant());
    }

    private record Plaintext(String id, String name, String phone, String email, String alias, String organisation) {
    }

    private record Verification(int number, String text) {
    }
}
