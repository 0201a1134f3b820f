package org.centinela.escalation.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.Device;
import org.centinela.escalation.domain.directory.Responder;

/**
 * The people of the directory as they are kept, in the caller's transaction. Writing a phone number or a
 * user name that another person has throws a {@link DirectoryConflict}.
 */
public interface People {

    void insert(Responder responder, Instant at);

    void update(Responder responder, Instant at);

    void insert(Defender defender, Instant at);

    void update(Defender defender, Instant at);

    Optional<Responder> responder(String id);

    Optional<Defender> defender(String id);

    /**
     * Defender {@code id}, her row locked until the transaction ends: whatever changes her devices or her phone's
     * seizure, and so her snapshot, takes it first, one change after the other.
     */
    Optional<Defender> lockDefender(String id);

    /** The name of each responder among {@code ids}, by id; an id of no responder (or of a defender) has none. */
    Map<String, String> responderNames(Collection<String> ids);

    /** Deletes person {@code id} (a defender's devices with her); whether there was one. */
    boolean delete(String id);

    /** The id of the person whose phone is {@code e164}. */
    Optional<String> idWithPhone(String e164);

    /** The id of the person who signs in as {@code username}. */
    Optional<String> idWithUsername(String username);

    /** The id of the defender whose code word for a seized phone has the keyed fingerprint {@code hash}. */
    Optional<String> idWithSeizedCodeWord(String hash);

    /** A page of responders whose name contains {@code search} (any case; null: all), by name. */
    List<Responder> responders(String search, int offset, int limit);

    /** A page of defenders whose name contains {@code search} (any case; null: all), by name. */
    List<Defender> defenders(String search, int offset, int limit);

    /** The ids of the defenders whose policy is {@code policyId}, at most {@code limit}. */
    List<String> defendersUsing(String policyId, int limit);

    /** Records a device of defender {@code defenderId} by the keyed fingerprint of its token. */
    void addDevice(String defenderId, String tokenHash, Instant at);

    /** Her devices, oldest first. */
    List<Device> devices(String defenderId);

    /** Forgets the device whose token has the fingerprint {@code tokenHash}: intake will refuse the token. */
    void removeDevice(String tokenHash);

    /** Forgets every device of hers. */
    void removeDevices(String defenderId);

    /** The device of fingerprint {@code tokenHash} sent a signal at {@code at}; nothing when it was revoked. */
    void deviceUsed(String tokenHash, Instant at);

    /** Marks her phone seized by {@code by} (an operator, or her code word); the number of this seizure of hers. */
    int seizePhone(String defenderId, String by, Instant at);

    /** Clears the mark of her phone: operator {@code by} verified her, as {@code verification} says. */
    void clearPhoneSeizure(String defenderId, String by, String verification, Instant at);
}
