package org.centinela.sandbox.application;

/**
 * A request the REST API refuses as Twilio would: its HTTP status, Twilio's error code and message
 * (see https://www.twilio.com/docs/api/errors).
 */
public final class TwilioApiException extends RuntimeException {

    private final int httpStatus;
    private final int code;

    public TwilioApiException(int httpStatus, int code, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int code() {
        return code;
    }

    static TwilioApiException badRequest(int code, String message) {
        return new TwilioApiException(400, code, message);
    }
}
