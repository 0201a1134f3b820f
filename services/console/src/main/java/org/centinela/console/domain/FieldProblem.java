package org.centinela.console.domain;

import java.util.Objects;

/**
 * One wrong field of something a service refused: its JSON path there ({@code levels[1].quorum},
 * {@code lexicons.es.entries[3]}; {@code ""} when the problem is the whole of it) and the service's message.
 */
public record FieldProblem(String field, String message) {

    public FieldProblem {
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }
}
