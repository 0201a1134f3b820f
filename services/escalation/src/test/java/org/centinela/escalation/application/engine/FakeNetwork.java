package org.centinela.escalation.application.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.centinela.contracts.notification.Channel;
import org.centinela.escalation.application.Network;

/** A network held in maps, for the engine's tests (the directory has tests of its own). */
@Alternative
@ApplicationScoped
public class FakeNetwork implements Network {

    private final Map<String, Set<String>> groups = new ConcurrentHashMap<>();
    private final Map<String, Set<Channel>> channels = new ConcurrentHashMap<>();
    private final Map<String, String> policies = new ConcurrentHashMap<>();
    private final Map<String, String> usernames = new ConcurrentHashMap<>();

    public void clear() {
        groups.clear();
        channels.clear();
        policies.clear();
        usernames.clear();
    }

    public FakeNetwork group(String id, String... members) {
        groups.put(id, Set.of(members));
        return this;
    }

    public FakeNetwork responder(String id, Channel first, Channel... rest) {
        channels.put(id, EnumSet.of(first, rest));
        return this;
    }

    public FakeNetwork defender(String id, String policyId) {
        policies.put(id, policyId);
        return this;
    }

    public FakeNetwork signsInAs(String responderId, String username) {
        usernames.put(username, responderId);
        return this;
    }

    @Override
    public Optional<Set<String>> groupMembers(String groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }

    @Override
    public Set<Channel> channelsOf(String personId) {
        return channels.getOrDefault(personId, Set.of());
    }

    @Override
    public boolean responderExists(String responderId) {
        return channels.containsKey(responderId);
    }

    @Override
    public Optional<String> policyOf(String defenderId) {
        return Optional.ofNullable(policies.get(defenderId));
    }

    @Override
    public Optional<String> responderIdOf(String username) {
        return Optional.ofNullable(usernames.get(username));
    }

    /** No phone is marked seized in the engine's tests (the mode has tests of its own). */
    @Override
    public boolean phoneSeized(String defenderId) {
        return false;
    }
}
