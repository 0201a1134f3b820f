package org.centinela.escalation.application;

/** How the audit log names a record of the network: its kind and id, never personal data. */
final class Subjects {

    static final String RESPONDERS = "responders";
    static final String DEFENDERS = "defenders";

    private Subjects() {
    }

    static String responder(String id) {
        return "responder:" + id;
    }

    static String defender(String id) {
        return "defender:" + id;
    }

    static String group(String id) {
        return "group:" + id;
    }

    static String masterKey(String id) {
        return "master-key:" + id;
    }

    static String policy(String id, long version) {
        return "policy:" + id + "@v" + version;
    }
}
