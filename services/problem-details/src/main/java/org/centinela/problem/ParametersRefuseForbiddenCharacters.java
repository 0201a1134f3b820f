package org.centinela.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A path or a query parameter that carries a NUL or a lone surrogate ({@link ForbiddenCharacters}), once decoded,
 * is a 400 naming the parameter ({@code path} for the path; {@link MalformedParameterException}) before any resource
 * is looked for: no resource, no query and no log line ever sees it.
 */
public class ParametersRefuseForbiddenCharacters {

    /** How the field is named when the name of a query parameter is itself what carries the character. */
    static final String QUERY = "query";
    static final String PATH = "path";

    @ServerRequestFilter(preMatching = true)
    public void refuse(ContainerRequestContext request) {
        if (ForbiddenCharacters.foundIn(request.getUriInfo().getPath())) {
            throw new MalformedParameterException(PATH, "The path " + ForbiddenCharacters.RULE);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (ForbiddenCharacters.foundIn(name)) {
                throw new MalformedParameterException(QUERY, "The name of a query parameter " + ForbiddenCharacters.RULE);
            }
            if (parameter.getValue().stream().anyMatch(ForbiddenCharacters::foundIn)) {
                throw new MalformedParameterException(name,
                        "The query parameter '" + name + "' " + ForbiddenCharacters.RULE);
            }
        }
    }
}
