package org.centinela.escalation.domain.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.centinela.escalation.domain.policy.Violation;

/** A group as an operator wrote it (contract §3, {@code PUT /api/v1/groups/{groupId}}). */
public record GroupDraft(String name, List<String> members) {

    /** The group {@code id}, or an {@link InvalidEntryException} with every violation; members' existence aside. */
    public ResponderGroup toGroup(String id) {
        List<Violation> violations = EntryRules.list();
        EntryRules.id("groupId", id, violations);
        EntryRules.name("name", name, violations);
        if (members == null) {
            violations.add(Violation.of("members", "is required (it may be empty)", "required"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < members.size(); i++) {
                String member = members.get(i);
                if (member == null || member.isBlank()) {
                    violations.add(Violation.of("members[" + i + "]", "must be a responder id", "blank"));
                } else if (!seen.add(member)) {
                    violations.add(Violation.of("members[" + i + "]", "repeats a responder", "repeated"));
                }
            }
        }
        InvalidEntryException.throwIfAny(violations);
        return new ResponderGroup(id, name.strip(), members);
    }
}
