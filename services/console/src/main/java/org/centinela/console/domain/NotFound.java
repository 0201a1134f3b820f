package org.centinela.console.domain;

/** The service knows nothing by that id (it answered 404). */
public class NotFound extends RuntimeException {
    public NotFound(String what) {
        super(what);
    }
}
