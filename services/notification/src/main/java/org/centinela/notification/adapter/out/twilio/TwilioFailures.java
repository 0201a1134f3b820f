package org.centinela.notification.adapter.out.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import org.apache.http.conn.ConnectTimeoutException;
import org.centinela.notification.domain.Failure;

/**
 * What a failed Twilio request means for the next attempt. The exception's own message is never used: it
 * may quote the phone number. Transient: Twilio's 5xx (after the SDK's own three tries) and 429, or no
 * connection at all. Uncertain: the request left and no answer came (read timeout), so Twilio may have the
 * message. Permanent: any other refusal (invalid or unreachable number, unsubscribed, bad request).
 */
final class TwilioFailures {

    /** Descriptions of the codes a notification meets most, written without the values they concern. */
    private static final Map<Integer, String> KNOWN = Map.of(
            21211, "the 'To' number is not a valid phone number",
            21214, "the 'To' number cannot be reached",
            21408, "Twilio is not enabled for the region of the 'To' number",
            21610, "the recipient has unsubscribed (STOP)",
            21612, "the 'To' number cannot be reached from this sender",
            21614, "the 'To' number is not a mobile number",
            20003, "Twilio refused the account's credentials",
            20429, "Twilio's rate limit was reached",
            20500, "Twilio had an internal error");

    private TwilioFailures() {
    }

    static Failure of(ApiException e) {
        Integer status = e.getStatusCode();
        Integer code = e.getCode();
        String codeText = code != null ? String.valueOf(code) : status != null ? "http-" + status : "twilio-error";
        String description = code != null && KNOWN.containsKey(code) ? KNOWN.get(code)
                : status == null ? "Twilio's answer could not be read" : "Twilio refused the request with HTTP " + status;
        if (status == null) {
            return new Failure(Failure.Kind.UNCERTAIN, codeText, description);
        }
        if (status >= 500 || status == 429 || status == 408) {
            return new Failure(Failure.Kind.TRANSIENT, codeText, description);
        }
        return new Failure(Failure.Kind.PERMANENT, codeText, description);
    }

    static Failure of(ApiConnectionException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectTimeoutException || cause instanceof ConnectException
                    || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException) {
                return new Failure(Failure.Kind.TRANSIENT, "no-connection", "Twilio could not be reached");
            }
            if (cause instanceof SocketTimeoutException) {
                return new Failure(Failure.Kind.UNCERTAIN, "timeout", "Twilio did not answer in time");
            }
        }
        return new Failure(Failure.Kind.UNCERTAIN, "connection-error", "the connection to Twilio failed");
    }
}
