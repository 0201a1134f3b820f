package org.centinela.escalation.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.centinela.escalation.application.PolicyStore;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyDraft;
import org.centinela.escalation.domain.policy.PolicyLevel;
import org.centinela.escalation.domain.policy.Target;

/**
 * Every version of every policy in {@code policy_version}, as the JSON an operator writes
 * ({@link PolicyDraft}); {@code policy} points at the current one, and {@code policy_target} lists the
 * groups and responders it names. A version never changes once saved, so the versions read are kept in
 * memory: the engine asks for an alert's version at every step.
 */
@ApplicationScoped
public class JdbcPolicies implements PolicyStore {

    private static final String VERSION_COLUMNS = "v.policy_id, v.version, v.body::text, v.changed_by, v.changed_at";

    private final Statements sql;
    private final ObjectMapper json;
    private final Map<String, SavedVersion> versions = new ConcurrentHashMap<>();

    public JdbcPolicies(Statements sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public Optional<EscalationPolicy> current(String policyId) {
        return currentSaved(policyId).map(SavedVersion::policy);
    }

    @Override
    public Optional<EscalationPolicy> version(String policyId, long version) {
        return savedVersion(policyId, version).map(SavedVersion::policy);
    }

    @Override
    public Optional<SavedVersion> currentSaved(String policyId) {
        return sql.one("SELECT current_version FROM policy WHERE id = ?", rows -> rows.getLong(1), policyId)
                .flatMap(version -> savedVersion(policyId, version));
    }

    @Override
    public Optional<SavedVersion> savedVersion(String policyId, long version) {
        SavedVersion known = versions.get(key(policyId, version));
        if (known != null) {
            return Optional.of(known);
        }
        Optional<SavedVersion> read = sql.one("SELECT " + VERSION_COLUMNS + " FROM policy_version v"
                + " WHERE v.policy_id = ? AND v.version = ?", this::savedVersion, policyId, version);
        read.ifPresent(saved -> versions.put(key(policyId, version), saved));
        return read;
    }

    @Override
    public OptionalLong lastVersion(String policyId) {
        return sql.one("SELECT max(version) FROM policy_version WHERE policy_id = ?", rows -> {
            long version = rows.getLong(1);
            return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(version);
        }, policyId).orElse(OptionalLong.empty());
    }

    @Override
    public void save(EscalationPolicy policy, String changedBy, Instant at) {
        sql.update("INSERT INTO policy_version (policy_id, version, name, body, changed_by, changed_at)"
                + " VALUES (?, ?, ?, ?::jsonb, ?, ?)", "save a policy", policy.id(), policy.version(), policy.name(),
                write(PolicyDraft.of(policy)), changedBy, at);
        sql.update("INSERT INTO policy (id, current_version) VALUES (?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET current_version = excluded.current_version", "save a policy",
                policy.id(), policy.version());
        sql.update("DELETE FROM policy_target WHERE policy_id = ?", "save a policy", policy.id());
        List<Object[]> targets = new ArrayList<>();
        policy.levels().stream().map(PolicyLevel::targets).flatMap(List::stream).distinct().forEach(target ->
                targets.add(new Object[] {policy.id(), target instanceof Target.Group ? "GROUP" : "RESPONDER",
                    target.id()}));
        sql.batch("INSERT INTO policy_target (policy_id, kind, target_id) VALUES (?, ?, ?)", "save a policy", targets);
    }

    @Override
    public List<SavedVersion> currentPolicies() {
        return sql.query("SELECT " + VERSION_COLUMNS + " FROM policy p JOIN policy_version v"
                + " ON v.policy_id = p.id AND v.version = p.current_version ORDER BY p.id", this::savedVersion);
    }

    @Override
    public boolean delete(String policyId) {
        return sql.update("DELETE FROM policy WHERE id = ?", "remove a policy", policyId) == 1;
    }

    @Override
    public List<String> policiesNamingGroup(String groupId) {
        return naming("GROUP", groupId);
    }

    @Override
    public List<String> policiesNamingResponder(String responderId) {
        return naming("RESPONDER", responderId);
    }

    private List<String> naming(String kind, String id) {
        return sql.query("SELECT policy_id FROM policy_target WHERE kind = ? AND target_id = ? ORDER BY policy_id",
                rows -> rows.getString(1), kind, id);
    }

    private SavedVersion savedVersion(ResultSet rows) throws SQLException {
        String id = rows.getString(1);
        long version = rows.getLong(2);
        return new SavedVersion(read(rows.getString(3)).toPolicy(id, version), rows.getString(4),
                rows.getTimestamp(5).toInstant());
    }

    private String write(PolicyDraft draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a policy as JSON", e);
        }
    }

    private PolicyDraft read(String body) {
        try {
            return json.readValue(body, PolicyDraft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read a stored policy", e);
        }
    }

    private static String key(String policyId, long version) {
        return policyId + "@" + version;
    }
}
