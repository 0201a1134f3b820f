package org.centinela.sandbox.application;

import java.util.List;
import java.util.Map;

/** Where the sandbox posts what Twilio would post: status callbacks, inbound SMS, keypresses, TwiML fetches. */
public interface Webhooks {

    /**
     * Posts {@code params} as a form to {@code url}, signed with {@code X-Twilio-Signature} as Twilio signs.
     *
     * @throws WebhookUnreachableException when nothing answers at {@code url}
     */
    WebhookAnswer post(String url, Map<String, List<String>> params);

    /** What a webhook answered. */
    record WebhookAnswer(int status, String body) {
        public boolean successful() {
            return status >= 200 && status < 300;
        }
    }

    /** Nothing answered at a webhook's URL (refused, timed out). */
    final class WebhookUnreachableException extends RuntimeException {
        public WebhookUnreachableException(String url, Throwable cause) {
            super("nothing answered at " + url + ": " + cause.getMessage(), cause);
        }
    }
}
