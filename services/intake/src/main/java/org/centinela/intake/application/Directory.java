package org.centinela.intake.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;

/**
 * Intake's local copy of the network directory (the compacted {@code directory.people} topic): who is
 * writing, by phone number; whose panic app is calling, by device-token fingerprint; and whose phone a code
 * word says was seized, by the fingerprint of that word. Each is a map, so that no lookup scans the directory.
 */
public final class Directory {

    private final Map<String, PersonSnapshot> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByPhone = new ConcurrentHashMap<>();
    private final Map<String, String> idByDeviceToken = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> idsBySeizedCodeWord = new ConcurrentHashMap<>();

    /** The newest snapshot of a person replaces the one held. */
    public synchronized void put(PersonSnapshot person) {
        remove(person.personId());
        byId.put(person.personId(), person);
        idByPhone.put(person.phone(), person.personId());
        person.deviceTokenHashes().forEach(hash -> idByDeviceToken.put(hash, person.personId()));
        if (person.role() == PersonRole.DEFENDER && person.seizedCodeWordHash() != null) {
            idsBySeizedCodeWord.computeIfAbsent(person.seizedCodeWordHash(), hash -> ConcurrentHashMap.newKeySet())
                    .add(person.personId());
        }
    }

    /** A tombstone: the person left the directory. */
    public synchronized void remove(String personId) {
        PersonSnapshot old = byId.remove(personId);
        if (old != null) {
            idByPhone.remove(old.phone(), personId);
            old.deviceTokenHashes().forEach(hash -> idByDeviceToken.remove(hash, personId));
            if (old.seizedCodeWordHash() != null) {
                idsBySeizedCodeWord.computeIfPresent(old.seizedCodeWordHash(), (hash, ids) -> {
                    ids.remove(personId);
                    return ids.isEmpty() ? null : ids;
                });
            }
        }
    }

    public Optional<PersonSnapshot> byId(String personId) {
        return Optional.ofNullable(byId.get(personId));
    }

    /** The person whose phone is {@code e164}. */
    public Optional<PersonSnapshot> byPhone(String e164) {
        return Optional.ofNullable(idByPhone.get(e164)).map(byId::get);
    }

    /** The person one of whose devices has this token fingerprint. */
    public Optional<PersonSnapshot> byDeviceToken(String fingerprint) {
        return Optional.ofNullable(idByDeviceToken.get(fingerprint)).map(byId::get);
    }

    /**
     * The defenders who registered the code word with this fingerprint to say that their phone was seized, by id:
     * one, unless the directory let two of them choose the same word.
     */
    public List<PersonSnapshot> bySeizedCodeWord(String fingerprint) {
        return idsBySeizedCodeWord.getOrDefault(fingerprint, Set.of()).stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(PersonSnapshot::personId))
                .toList();
    }
}
