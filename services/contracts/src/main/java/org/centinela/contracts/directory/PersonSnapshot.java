package org.centinela.contracts.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.Invariants;
import org.centinela.contracts.Topics;
import org.centinela.contracts.notification.Channel;

/**
 * The current snapshot of a person on the compacted {@code directory.people} topic, from which
 * intake, notification and risk-scoring keep their local copy of the directory. Deleting a person
 * is a tombstone: a record with her id as key and a null value, so there is no event type for it.
 * Contact details and hashes are personal data: the topic is access-restricted, the event is never
 * logged, and {@link #toString()} shows only the id and the role.
 *
 * @param schemaVersion     version of this shape, {@value #SCHEMA_VERSION} today
 * @param personId          her id
 * @param role              the part she plays
 * @param name              her name, as messages address her
 * @param phone             her phone number in E.164, e.g. +50255512345
 * @param email             her e-mail address; may be null
 * @param language          the language of her messages and voice prompts, e.g. {@code es}, {@code en}, {@code quc}
 * @param country           ISO 3166 alpha-2 country code, e.g. {@code GT}; may be null
 * @param channels          the channels she may be contacted on
 * @param username          her Keycloak user name; may be null
 * @param baselineRisk      0..3, the risk she lives with before any signal (defenders; 0 for others)
 * @param smsReplies        whether intake answers her SMS with a discreet reply (a seized phone may be read)
 * @param pinHash           keyed slow hash of her PIN; required for a defender
 * @param duressPinHash     keyed slow hash of her duress PIN; required for a defender
 * @param codeWordHash      keyed hash of her personal panic code word; may be null
 * @param deviceTokenHashes keyed hashes of the device tokens of her panic app, revoked ones left out ({@link DeviceId}
 *                          names each device by its hash)
 * @param updatedAt         when the directory last changed her
 * @param phoneSeized       "phone seized" mode: her phone may be in other hands, so SMS from it still raise alerts
 *                          but cancel nothing (and she has no device token); false for older producers
 * @param seizedCodeWordHash keyed hash of the code word she registered to say, from any phone, that hers was
 *                          seized; may be null
 */
public record PersonSnapshot(
        int schemaVersion,
        String personId,
        PersonRole role,
        String name,
        String phone,
        String email,
        String language,
        String country,
        Set<Channel> channels,
        String username,
        int baselineRisk,
        boolean smsReplies,
        String pinHash,
        String duressPinHash,
        String codeWordHash,
        List<String> deviceTokenHashes,
        Instant updatedAt,
        boolean phoneSeized,
        String seizedCodeWordHash) implements CentinelaEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "org.centinela.person.updated.v1";
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_HASH_LENGTH = 512;

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    public PersonSnapshot {
        Invariants.schemaVersion(schemaVersion);
        Invariants.nonBlank(personId, "personId");
        Invariants.present(role, "role");
        Invariants.text(name, MAX_NAME_LENGTH, "name");
        if (!E164.matcher(Invariants.present(phone, "phone")).matches()) {
            throw new IllegalArgumentException("phone must be in E.164 form: + and 7 to 15 digits");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("email must be an e-mail address");
        }
        if (!LANGUAGE_TAG.matcher(Invariants.nonBlank(language, "language")).matches()) {
            throw new IllegalArgumentException("language must be a language tag such as es, en or quc, was '"
                    + language + "'");
        }
        Invariants.optionalCountry(country, "country");
        channels = Invariants.setOf(channels, "channels");
        Invariants.optionalText(username, MAX_NAME_LENGTH, "username");
        Invariants.within(baselineRisk, 0, 3, "baselineRisk");
        Invariants.optionalText(pinHash, MAX_HASH_LENGTH, "pinHash");
        Invariants.optionalText(duressPinHash, MAX_HASH_LENGTH, "duressPinHash");
        Invariants.optionalText(codeWordHash, MAX_HASH_LENGTH, "codeWordHash");
        Invariants.optionalText(seizedCodeWordHash, MAX_HASH_LENGTH, "seizedCodeWordHash");
        if (role == PersonRole.DEFENDER) {
            Invariants.present(pinHash, "pinHash");
            Invariants.present(duressPinHash, "duressPinHash");
        }
        deviceTokenHashes = Invariants.listOf(deviceTokenHashes, "deviceTokenHashes");
        deviceTokenHashes.forEach(hash -> Invariants.text(hash, MAX_HASH_LENGTH, "deviceTokenHashes element"));
        Invariants.present(updatedAt, "updatedAt");
        if (phoneSeized && !deviceTokenHashes.isEmpty()) {
            throw new IllegalArgumentException("a seized phone's defender has no device token");
        }
    }

    /** A snapshot of the current schema version. */
    public PersonSnapshot(String personId, PersonRole role, String name, String phone, String email,
            String language, String country, Set<Channel> channels, String username, int baselineRisk,
            boolean smsReplies, String pinHash, String duressPinHash, String codeWordHash,
            List<String> deviceTokenHashes, Instant updatedAt) {
        this(SCHEMA_VERSION, personId, role, name, phone, email, language, country, channels, username,
                baselineRisk, smsReplies, pinHash, duressPinHash, codeWordHash, deviceTokenHashes, updatedAt, false,
                null);
    }

    /** This snapshot with her "phone seized" mode and the hash of the code word that sets it. */
    public PersonSnapshot withSeizure(boolean seized, String seizedCodeWordHash) {
        return new PersonSnapshot(schemaVersion, personId, role, name, phone, email, language, country, channels,
                username, baselineRisk, smsReplies, pinHash, duressPinHash, codeWordHash, deviceTokenHashes, updatedAt,
                seized, seizedCodeWordHash);
    }

    @Override
    public String topic() {
        return Topics.DIRECTORY_PEOPLE;
    }

    /** Her id: compaction keeps only her latest snapshot, or her tombstone. */
    @Override
    public String key() {
        return personId;
    }

    @Override
    public String cloudEventType() {
        return TYPE;
    }

    /** Only her id and role: contact details and hashes are withheld. */
    @Override
    public String toString() {
        return "PersonSnapshot[personId=" + personId + ", role=" + role + "]";
    }
}
