package org.centinela.notification.adapter.in.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.centinela.notification.domain.DeliveryState;
import org.centinela.notification.domain.Failure;

/** Twilio's message and call statuses, as delivery states. */
final class TwilioStatuses {

    /** A state a callback reports, with why it failed when it did. */
    record Reported(DeliveryState state, Failure failure) {
    }

    private static final Map<String, String> DELIVERY_ERRORS = Map.of(
            "30003", "the handset is unreachable",
            "30004", "the message was blocked",
            "30005", "the number is unknown or no longer exists",
            "30006", "the number cannot receive SMS (landline or unreachable carrier)",
            "30007", "the carrier filtered the message",
            "30008", "the message was not delivered for an unknown reason");

    private TwilioStatuses() {
    }

    /** A message's status ({@code MessageStatus}), with its {@code ErrorCode} when it failed. */
    static Optional<Reported> message(String status, String errorCode) {
        if (status == null) {
            return Optional.empty();
        }
        switch (status.toLowerCase(Locale.ROOT)) {
            case "sending", "sent" -> {
                return Optional.of(new Reported(DeliveryState.SENT, null));
            }
            case "delivered", "read" -> {
                return Optional.of(new Reported(DeliveryState.DELIVERED, null));
            }
            case "undelivered", "failed", "canceled" -> {
                String code = errorCode == null || errorCode.isBlank() ? status.toLowerCase(Locale.ROOT) : errorCode;
                String why = DELIVERY_ERRORS.getOrDefault(code, "the message was " + status.toLowerCase(Locale.ROOT));
                return Optional.of(new Reported(DeliveryState.FAILED, new Failure(Failure.Kind.PERMANENT, code, why)));
            }
            default -> {
                // queued, accepted, scheduled, receiving, received: nothing we did not know
                return Optional.empty();
            }
        }
    }

    /** A call's status ({@code CallStatus}). */
    static Optional<Reported> call(String status) {
        if (status == null) {
            return Optional.empty();
        }
        String wire = status.toLowerCase(Locale.ROOT);
        switch (wire) {
            case "ringing" -> {
                return Optional.of(new Reported(DeliveryState.SENT, null));
            }
            case "in-progress", "answered" -> {
                return Optional.of(new Reported(DeliveryState.ANSWERED, null));
            }
            case "busy" -> {
                return failed(wire, "the line was busy");
            }
            case "no-answer" -> {
                return failed(wire, "the call rang out unanswered");
            }
            case "failed" -> {
                return failed(wire, "the call could not be placed");
            }
            case "canceled" -> {
                return failed(wire, "the call was canceled");
            }
            default -> {
                // queued, initiated, completed: nothing that changes what escalation does
                return Optional.empty();
            }
        }
    }

    private static Optional<Reported> failed(String code, String why) {
        return Optional.of(new Reported(DeliveryState.FAILED, new Failure(Failure.Kind.PERMANENT, code, why)));
    }
}
