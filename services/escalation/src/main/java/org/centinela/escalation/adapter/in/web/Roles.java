package org.centinela.escalation.adapter.in.web;

/** The realm roles of contract §4, as they arrive in {@code realm_access.roles}. */
final class Roles {

    static final String OPERATOR = "operator";
    static final String AUDITOR = "auditor";
    static final String RESPONDER = "responder";

    private Roles() {
    }
}
