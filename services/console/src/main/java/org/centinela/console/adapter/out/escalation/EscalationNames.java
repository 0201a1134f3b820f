package org.centinela.console.adapter.out.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.centinela.console.application.NetworkNames;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link NetworkNames} through escalation's directory ({@code GET /api/v1/groups/{id}}, {@code /responders/{id}}).
 * The directory is for operators: for anyone else, and for whatever it does not know, a target keeps its id.
 */
@ApplicationScoped
public class EscalationNames implements NetworkNames {

    private final EscalationApi api;

    public EscalationNames(@RestClient EscalationApi api) {
        this.api = api;
    }

    @Override
    public Map<String, List<String>> peopleOf(Collection<String> targets) {
        Map<String, String> responders = new HashMap<>();
        Map<String, List<String>> people = new LinkedHashMap<>();
        for (String target : targets) {
            people.put(target, peopleOf(target, responders));
        }
        return people;
    }

    private List<String> peopleOf(String target, Map<String, String> responders) {
        if (target.startsWith("responder:")) {
            return List.of(responderName(target.substring("responder:".length()), responders));
        }
        if (target.startsWith("group:")) {
            String id = target.substring("group:".length());
            return read(() -> api.group(id))
                    .map(group -> group.members() == null || group.members().isEmpty()
                            ? List.of(group.name() == null ? id : group.name())
                            : group.members().stream().map(member -> responderName(member, responders)).toList())
                    .orElse(List.of(id));
        }
        return List.of(target);
    }

    private String responderName(String id, Map<String, String> known) {
        return known.computeIfAbsent(id, key -> read(() -> api.responder(key))
                .map(EscalationApi.Responder::name).filter(name -> !name.isBlank()).orElse(key));
    }

    private static <T> Optional<T> read(Supplier<T> request) {
        try {
            return Optional.ofNullable(request.get());
        } catch (WebApplicationException | ProcessingException e) {
            return Optional.empty();
        }
    }
}
