package org.centinela.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A path or query parameter that cannot be read ({@code ?page=abc} for a number, a NUL in the path): a 400 naming
 * it. It is a {@link BadRequestException}, so that an app that answers people with pages (the console) shows its
 * own page for it, as for any other 400.
 */
public final class MalformedParameterException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    /**
     * @param parameter the parameter's name as the request gives it, or {@code path} or {@code query}
     * @param detail    what is wrong with it, never quoting its value
     */
    public MalformedParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    /** The name of the parameter, as the request gives it. */
    public String parameter() {
        return parameter;
    }
}
