package org.centinela.escalation.application.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.notification.Channel;
import org.centinela.escalation.application.AuditTrail;
import org.centinela.escalation.application.Groups;
import org.centinela.escalation.application.Network;
import org.centinela.escalation.application.People;
import org.centinela.escalation.application.PolicyStore;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.AuditEntry;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.Device;
import org.centinela.escalation.domain.directory.Responder;
import org.centinela.escalation.domain.directory.ResponderGroup;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyLevel;
import org.centinela.escalation.domain.policy.Target;
import org.centinela.outbox.Outbox;

/** The ports of the directory and the policies in memory, for the use cases' unit tests. */
final class InMemoryDirectory implements People, Groups, PolicyStore, Network, AuditTrail, Outbox {

    final Map<String, Responder> responders = new LinkedHashMap<>();
    final Map<String, Defender> defenders = new LinkedHashMap<>();
    final Map<String, List<Device>> devices = new LinkedHashMap<>();
    /** Per defender, who marked her phone seized each time: "by at", " cleared by by: verification" once cleared. */
    final Map<String, List<String>> seizures = new LinkedHashMap<>();
    final Map<String, ResponderGroup> groups = new LinkedHashMap<>();
    final Map<String, SavedVersion> versions = new LinkedHashMap<>();
    final Map<String, Long> current = new LinkedHashMap<>();
    final List<String> audit = new ArrayList<>();
    final List<CentinelaEvent> published = new ArrayList<>();
    final List<String> tombstones = new ArrayList<>();

    // People

    @Override
    public void insert(Responder responder, Instant at) {
        responders.put(responder.id(), responder);
    }

    @Override
    public void update(Responder responder, Instant at) {
        responders.put(responder.id(), responder);
    }

    @Override
    public void insert(Defender defender, Instant at) {
        defenders.put(defender.id(), defender);
    }

    @Override
    public void update(Defender defender, Instant at) {
        defenders.put(defender.id(), new Defender(defender.id(), defender.profile(), defender.secrets(),
                defenders.get(defender.id()).phoneSeizedSince()));
    }

    @Override
    public Optional<Responder> responder(String id) {
        return Optional.ofNullable(responders.get(id));
    }

    @Override
    public Optional<Defender> lockDefender(String id) {
        return defender(id);
    }

    @Override
    public Map<String, String> responderNames(Collection<String> ids) {
        return ids.stream().filter(responders::containsKey).distinct()
                .collect(Collectors.toUnmodifiableMap(id -> id, id -> responders.get(id).name()));
    }

    @Override
    public Optional<Defender> defender(String id) {
        return Optional.ofNullable(defenders.get(id));
    }

    @Override
    public boolean delete(String id) {
        devices.remove(id);
        return responders.remove(id) != null | defenders.remove(id) != null | groups.remove(id) != null
                | current.remove(id) != null;
    }

    @Override
    public Optional<String> idWithPhone(String e164) {
        return responders.values().stream().filter(r -> r.phone().equals(e164)).map(Responder::id).findFirst()
                .or(() -> defenders.values().stream().filter(d -> d.profile().phone().equals(e164)).map(Defender::id)
                        .findFirst());
    }

    @Override
    public Optional<String> idWithUsername(String username) {
        return responders.values().stream().filter(r -> username.equals(r.username())).map(Responder::id).findFirst();
    }

    @Override
    public Optional<String> idWithSeizedCodeWord(String hash) {
        return defenders.values().stream().filter(d -> hash.equals(d.secrets().seizedCodeWordHash()))
                .map(Defender::id).findFirst();
    }

    @Override
    public List<Responder> responders(String search, int offset, int limit) {
        return List.copyOf(responders.values());
    }

    @Override
    public List<Defender> defenders(String search, int offset, int limit) {
        return List.copyOf(defenders.values());
    }

    @Override
    public List<String> defendersUsing(String policyId, int limit) {
        return defenders.values().stream().filter(d -> d.profile().policyId().equals(policyId)).map(Defender::id)
                .limit(limit).toList();
    }

    @Override
    public void addDevice(String defenderId, String tokenHash, Instant at) {
        devices.computeIfAbsent(defenderId, id -> new ArrayList<>()).add(new Device(tokenHash, at, null));
    }

    @Override
    public List<Device> devices(String defenderId) {
        return List.copyOf(devices.getOrDefault(defenderId, List.of()));
    }

    /** The token fingerprints of her devices, oldest first. */
    List<String> deviceTokenHashes(String defenderId) {
        return devices(defenderId).stream().map(Device::tokenHash).toList();
    }

    @Override
    public void removeDevice(String tokenHash) {
        devices.values().forEach(hers -> hers.removeIf(device -> device.tokenHash().equals(tokenHash)));
    }

    @Override
    public void removeDevices(String defenderId) {
        devices.remove(defenderId);
    }

    @Override
    public void deviceUsed(String tokenHash, Instant at) {
        devices.values().forEach(hers -> hers.replaceAll(device -> device.tokenHash().equals(tokenHash)
                ? new Device(tokenHash, device.enrolledAt(), at) : device));
    }

    @Override
    public int seizePhone(String defenderId, String by, Instant at) {
        Defender defender = defenders.get(defenderId);
        defenders.put(defenderId, new Defender(defenderId, defender.profile(), defender.secrets(), at));
        List<String> hers = seizures.computeIfAbsent(defenderId, id -> new ArrayList<>());
        hers.add(by + " " + at);
        return hers.size();
    }

    @Override
    public void clearPhoneSeizure(String defenderId, String by, String verification, Instant at) {
        Defender defender = defenders.get(defenderId);
        defenders.put(defenderId, new Defender(defenderId, defender.profile(), defender.secrets()));
        List<String> hers = seizures.get(defenderId);
        hers.set(hers.size() - 1, hers.get(hers.size() - 1) + " cleared by " + by + ": " + verification);
    }

    // Groups

    @Override
    public Optional<ResponderGroup> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    @Override
    public boolean save(ResponderGroup group, Instant at) {
        return groups.put(group.id(), group) == null;
    }

    @Override
    public List<ResponderGroup> groups(String search, int offset, int limit) {
        return List.copyOf(groups.values());
    }

    @Override
    public List<String> groupsWith(String responderId) {
        return groups.values().stream().filter(g -> g.members().contains(responderId)).map(ResponderGroup::id).toList();
    }

    // Policies

    @Override
    public Optional<EscalationPolicy> current(String policyId) {
        return currentSaved(policyId).map(SavedVersion::policy);
    }

    @Override
    public Optional<EscalationPolicy> version(String policyId, long version) {
        return savedVersion(policyId, version).map(SavedVersion::policy);
    }

    @Override
    public OptionalLong lastVersion(String policyId) {
        return versions.values().stream().filter(v -> v.policy().id().equals(policyId))
                .mapToLong(v -> v.policy().version()).max();
    }

    @Override
    public void save(EscalationPolicy policy, String changedBy, Instant at) {
        versions.put(policy.id() + "@" + policy.version(), new SavedVersion(policy, changedBy, at));
        current.put(policy.id(), policy.version());
    }

    @Override
    public Optional<SavedVersion> currentSaved(String policyId) {
        return Optional.ofNullable(current.get(policyId)).flatMap(v -> savedVersion(policyId, v));
    }

    @Override
    public Optional<SavedVersion> savedVersion(String policyId, long version) {
        return Optional.ofNullable(versions.get(policyId + "@" + version));
    }

    @Override
    public List<SavedVersion> currentPolicies() {
        return current.keySet().stream().map(id -> currentSaved(id).orElseThrow()).toList();
    }

    @Override
    public List<String> policiesNamingGroup(String groupId) {
        return naming(new Target.Group(groupId));
    }

    @Override
    public List<String> policiesNamingResponder(String responderId) {
        return naming(new Target.Responder(responderId));
    }

    private List<String> naming(Target target) {
        return currentPolicies().stream().map(SavedVersion::policy)
                .filter(p -> p.levels().stream().map(PolicyLevel::targets).anyMatch(t -> t.contains(target)))
                .map(EscalationPolicy::id).toList();
    }

    // Network

    @Override
    public Optional<Set<String>> groupMembers(String groupId) {
        return group(groupId).map(g -> Set.copyOf(g.members()));
    }

    @Override
    public Set<Channel> channelsOf(String personId) {
        return responder(personId).map(Responder::channels).orElse(Set.of());
    }

    @Override
    public boolean responderExists(String responderId) {
        return responders.containsKey(responderId);
    }

    @Override
    public Optional<String> policyOf(String defenderId) {
        return defender(defenderId).map(d -> d.profile().policyId());
    }

    @Override
    public Optional<String> responderIdOf(String username) {
        return idWithUsername(username);
    }

    @Override
    public boolean phoneSeized(String defenderId) {
        return defender(defenderId).map(Defender::phoneSeized).orElse(false);
    }

    // Audit trail and outbox

    @Override
    public AuditEntry append(Instant at, String actor, AuditAction action, String subject, String channel) {
        audit.add(actor + " " + action + " " + subject);
        return new AuditEntry(audit.size(), at, actor, action, subject, channel);
    }

    @Override
    public List<AuditEntry> page(long before, int limit) {
        return List.of();
    }

    @Override
    public void append(CentinelaEvent event) {
        published.add(event);
    }

    @Override
    public void appendAll(java.util.Collection<? extends CentinelaEvent> events) {
        published.addAll(events);
    }

    @Override
    public void tombstone(String topic, String key) {
        tombstones.add(topic + " " + key);
    }
}
