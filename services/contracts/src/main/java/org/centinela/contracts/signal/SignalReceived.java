package org.centinela.contracts.signal;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.Invariants;
import org.centinela.contracts.Topics;

/**
 * A signal that reached intake: a panic, report, duress, missed check-in or cancel, from a defender
 * or from an unknown number. Its text, location and report are personal data: the topic is
 * access-restricted, the event is never logged, and {@link #toString()} withholds them.
 *
 * @param schemaVersion  version of this shape, {@value #SCHEMA_VERSION} today
 * @param signalId       identifies the signal everywhere downstream (alerts, audit)
 * @param defenderId     the defender's id, or {@link #unknownSenderKey(String)} for a number not in the directory
 * @param verifiedSender false for an unknown number: such a signal goes to operator triage and never fans out
 * @param type           what the signal asks for
 * @param source         how it reached intake
 * @param receivedAt     when intake accepted it
 * @param text           free text she wrote, at most {@value #MAX_TEXT_LENGTH} characters; may be null
 * @param location       where she was; may be null
 * @param report         the documented incident; present exactly when {@code type} is REPORT
 * @param senderPhone    for an unknown sender only, her number in E.164, so that the operator on duty can verify
 *                       her (the key carries only its hash); null for a defender of the directory
 * @param deviceId       the enrolled device of her panic app that sent it ({@code DeviceId}); null for any other way
 */
public record SignalReceived(
        int schemaVersion,
        UUID signalId,
        String defenderId,
        boolean verifiedSender,
        SignalType type,
        SignalSource source,
        Instant receivedAt,
        String text,
        Location location,
        IncidentReport report,
        String senderPhone,
        UUID deviceId) implements CentinelaEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "org.centinela.signal.received.v1";
    /** Ten concatenated SMS segments. */
    public static final int MAX_TEXT_LENGTH = 1600;

    private static final String UNKNOWN_SENDER_PREFIX = "unknown:";
    private static final Pattern LOOKS_LIKE_A_PHONE_NUMBER = Pattern.compile("\\+?[0-9 ()-]{6,}");

    public SignalReceived {
        Invariants.schemaVersion(schemaVersion);
        Invariants.present(signalId, "signalId");
        Invariants.nonBlank(defenderId, "defenderId");
        Invariants.present(type, "type");
        Invariants.present(source, "source");
        Invariants.present(receivedAt, "receivedAt");
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(
                    "text must be at most " + MAX_TEXT_LENGTH + " characters, was " + text.length());
        }
        if (verifiedSender && defenderId.startsWith(UNKNOWN_SENDER_PREFIX)) {
            throw new IllegalArgumentException("verifiedSender must be false for an unknown sender");
        }
        if (type == SignalType.REPORT && report == null) {
            throw new IllegalArgumentException("report is required for a REPORT signal");
        }
        if (type != SignalType.REPORT && report != null) {
            throw new IllegalArgumentException("report is only allowed on a REPORT signal, not on " + type);
        }
        if (senderPhone != null && (verifiedSender || !Invariants.isE164(senderPhone))) {
            throw new IllegalArgumentException("senderPhone is only for an unknown sender, in E.164");
        }
        if (deviceId != null && (source != SignalSource.APP || !verifiedSender)) {
            throw new IllegalArgumentException("deviceId is only for a signal from her panic app");
        }
    }

    /** A signal of the current schema version from a defender of the directory, or without the sender's number. */
    public SignalReceived(UUID signalId, String defenderId, boolean verifiedSender, SignalType type,
            SignalSource source, Instant receivedAt, String text, Location location, IncidentReport report) {
        this(SCHEMA_VERSION, signalId, defenderId, verifiedSender, type, source, receivedAt, text, location, report,
                null, null);
    }

    /** A signal of the current schema version (an unknown sender's with her number). */
    public SignalReceived(UUID signalId, String defenderId, boolean verifiedSender, SignalType type,
            SignalSource source, Instant receivedAt, String text, Location location, IncidentReport report,
            String senderPhone) {
        this(SCHEMA_VERSION, signalId, defenderId, verifiedSender, type, source, receivedAt, text, location, report,
                senderPhone, null);
    }

    /** This signal, sent by the enrolled device {@code deviceId} of her panic app. */
    public SignalReceived fromDevice(UUID deviceId) {
        return new SignalReceived(schemaVersion, signalId, defenderId, verifiedSender, type, source, receivedAt, text,
                location, report, senderPhone, deviceId);
    }

    /**
     * The {@code defenderId} (and so the Kafka key) of a signal from a number not in the directory.
     *
     * @param phoneHash a keyed hash (HMAC with the configured pepper) of the E.164 number, never the
     *                  number itself: an unkeyed hash of a phone number is undone by trying them all.
     *                  Something that looks like a phone number (only digits, spaces, brackets, dashes and
     *                  a leading +) is refused.
     */
    public static String unknownSenderKey(String phoneHash) {
        Invariants.nonBlank(phoneHash, "phoneHash");
        if (LOOKS_LIKE_A_PHONE_NUMBER.matcher(phoneHash).matches()) {
            throw new IllegalArgumentException("phoneHash must be a hash of the phone number, not the number");
        }
        return UNKNOWN_SENDER_PREFIX + phoneHash;
    }

    @Override
    public String topic() {
        return Topics.SIGNALS_RECEIVED;
    }

    /** The defender's id, or {@code unknown:<hash of phone>} for an unknown sender. */
    @Override
    public String key() {
        return defenderId;
    }

    @Override
    public String cloudEventType() {
        return TYPE;
    }

    /** Ids, codes and times only: the text, location and report details are withheld. */
    @Override
    public String toString() {
        return "SignalReceived[schemaVersion=" + schemaVersion
                + ", signalId=" + signalId
                + ", defenderId=" + defenderId
                + ", verifiedSender=" + verifiedSender
                + ", type=" + type
                + ", source=" + source
                + ", receivedAt=" + receivedAt
                + ", text=" + (text == null ? "none" : "withheld")
                + ", location=" + (location == null ? "none" : "withheld")
                + ", report=" + report
                + ", deviceId=" + deviceId
                + "]";
    }
}
