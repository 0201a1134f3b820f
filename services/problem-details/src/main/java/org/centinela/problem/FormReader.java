package org.centinela.problem;

/**
 * RESTEasy Reactive's reader of form bodies ({@code application/x-www-form-urlencoded} and multipart), which fails
 * with a plain {@code IllegalArgumentException} on a percent-encoding it cannot decode ({@code Body=%E0%A4%A}) and a
 * plain {@code RuntimeException} past its 1,000 fields, before any resource runs. Those failures are the client's,
 * so they are told apart from the server's own by where they were thrown.
 */
final class FormReader {

    private static final String FORM_PARSERS = "org.jboss.resteasy.reactive.server.core.multipart.";
    private static final String FORM_BODY_HANDLER = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";
    /** What the form reader calls to decode, and so may be where its failure was thrown. */
    private static final String[] UTILITIES = {"java.", "jdk.", "sun.", "org.jboss.resteasy.reactive.common.util."};

    private FormReader() {
    }

    /**
     * Whether {@code failure} was thrown by the form reader: the first frame of its stack that is not a utility it
     * calls belongs to it. A resource's own failure, even one run in the same thread once the form was read, is not.
     */
    static boolean failedWith(Throwable failure) {
        if (!(failure instanceof RuntimeException)) {
            return false;
        }
        for (StackTraceElement frame : failure.getStackTrace()) {
            String type = frame.getClassName();
            if (!isUtility(type)) {
                return type.startsWith(FORM_PARSERS) || type.equals(FORM_BODY_HANDLER);
            }
        }
        return false;
    }

    private static boolean isUtility(String type) {
        for (String utility : UTILITIES) {
            if (type.startsWith(utility)) {
                return true;
            }
        }
        return false;
    }
}
