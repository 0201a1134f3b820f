package org.centinela.console.domain.documentation;

/** A documentation query that asks for a month, a type or a count that does not exist. */
public class FilterRefused extends IllegalArgumentException {

    public FilterRefused(String message) {
        super(message);
    }
}
