package org.centinela.console.domain;

/** The service judged that the signed-in person may not do or see this (it answered 403). */
public class NotAllowed extends RuntimeException {
    public NotAllowed(String what) {
        super(what);
    }
}
