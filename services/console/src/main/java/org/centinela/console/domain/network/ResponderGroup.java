package org.centinela.console.domain.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group of responders that a policy level names as {@code group:<id>}: a defender's trusted contacts, an
 * organisation's protection unit.
 *
 * @param members responder ids
 */
public record ResponderGroup(String id, String name, List<String> members) {

    public ResponderGroup {
        id = Responder.orEmpty(id);
        name = Responder.orEmpty(name);
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** The body of escalation's {@code PUT /api/v1/groups/{groupId}}. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("members", members);
        return body;
    }

    public boolean has(String responderId) {
        return members.contains(responderId);
    }
}
