package org.centinela.escalation.domain.directory;

import java.util.List;
import java.util.Objects;

/**
 * A group of responders that a policy level names as {@code group:<id>}, e.g. a defender's trusted
 * contacts or an organisation's protection unit; the operators on duty are a group too.
 *
 * @param members responder ids, in the order given, none twice
 */
public record ResponderGroup(String id, String name, List<String> members) {

    public ResponderGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        if (members.stream().distinct().count() != members.size()) {
            throw new IllegalArgumentException("members must not repeat a responder");
        }
    }
}
