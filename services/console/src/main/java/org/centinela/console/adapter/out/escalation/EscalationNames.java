package org.centinela.console.adapter.out.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.centinela.console.application.NetworkNames;
import org.centinela.console.domain.network.Responder;
import org.centinela.console.domain.network.ResponderGroup;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link NetworkNames} through escalation's directory ({@code GET /api/v1/groups/{id}}, {@code /responders/{id}}).
 * The directory is for operators: for anyone else, and for whatever it does not know, a target keeps its id.
 */
@ApplicationScoped
public class EscalationNames implements NetworkNames {

    private final Function<String, ResponderGroup> groups;
    private final Function<String, Responder> responders;

    @Inject
    public EscalationNames(@RestClient EscalationDirectoryApi directory) {
        this(directory::group, directory::responder);
    }

    EscalationNames(Function<String, ResponderGroup> groups, Function<String, Responder> responders) {
        this.groups = groups;
        this.responders = responders;
    }

    @Override
    public Map<String, List<String>> peopleOf(Collection<String> targets) {
        Map<String, String> known = new HashMap<>();
        Map<String, List<String>> people = new LinkedHashMap<>();
        for (String target : targets) {
            people.put(target, peopleOf(target, known));
        }
        return people;
    }

    private List<String> peopleOf(String target, Map<String, String> known) {
        if (target.startsWith("responder:")) {
            return List.of(responderName(target.substring("responder:".length()), known));
        }
        if (target.startsWith("group:")) {
            String id = target.substring("group:".length());
            return read(groups, id)
                    .map(group -> group.members().isEmpty()
                            ? List.of(group.name().isBlank() ? id : group.name())
                            : group.members().stream().map(member -> responderName(member, known)).toList())
                    .orElse(List.of(id));
        }
        return List.of(target);
    }

    private String responderName(String id, Map<String, String> known) {
        return known.computeIfAbsent(id, key -> read(responders, key)
                .map(Responder::name).filter(name -> !name.isBlank()).orElse(key));
    }

    private static <T> Optional<T> read(Function<String, T> request, String id) {
        try {
            return Optional.ofNullable(request.apply(id));
        } catch (WebApplicationException | ProcessingException e) {
            return Optional.empty();
        }
    }
}
