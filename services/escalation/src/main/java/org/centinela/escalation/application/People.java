package org.centinela.escalation.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centinela.escalation.domain.directory.Defender;
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

    /** The name of each responder among {@code ids}, by id; an id of no responder (or of a defender) has none. */
    Map<String, String> responderNames(Collection<String> ids);

    /** Deletes person {@code id} (a defender's devices with her); whether there was one. */
    boolean delete(String id);

    /** The id of the person whose phone is {@code e164}. */
    Optional<String> idWithPhone(String e164);

    /** The id of the person who signs in as {@code username}. */
    Optional<String> idWithUsername(String username);

    /** A page of responders whose name contains {@code search} (any case; null: all), by name. */
    List<Responder> responders(String search, int offset, int limit);

    /** A page of defenders whose name contains {@code search} (any case; null: all), by name. */
    List<Defender> defenders(String search, int offset, int limit);

    /** The ids of the defenders whose policy is {@code policyId}, at most {@code limit}. */
    List<String> defendersUsing(String policyId, int limit);

    /** Records a device of defender {@code defenderId} by the keyed fingerprint of its token. */
    void addDevice(String defenderId, String tokenHash, Instant at);

    /** The token fingerprints of her devices, oldest first. */
    List<String> deviceTokenHashes(String defenderId);
}
