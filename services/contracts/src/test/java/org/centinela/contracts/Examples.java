package org.centinela.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.PerpetratorType;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.contracts.signal.ViolenceType;

/** One valid example of every event, with personal data that tests look for in places it must not be. */
public final class Examples {

    public static final String TEXT = "SOS me siguen dos hombres en moto";
    public static final String NARRATIVE = "Rodearon la casa de la comunidad y amenazaron con volver";
    public static final String PLACE = "Aldea Las Flores, Cobán";
    public static final String NAME = "Marta Xol";
    public static final String PHONE = "+50255512345";
    public static final String EMAIL = "marta@example.org";
    public static final String PIN_HASH = "argon2id$pin$c2VjcmV0";
    public static final String DURESS_PIN_HASH = "argon2id$duress$c2VjcmV0";
    public static final String DEVICE_TOKEN_HASH = "argon2id$device$c2VjcmV0";

    public static final UUID SIGNAL_ID = UUID.fromString("3f0c2a8e-3b1e-4c55-9d0c-5b5c0a0e7d11");
    public static final UUID ALERT_ID = UUID.fromString("9b1d7c2e-0f4a-4b8e-a1f3-2c7d5e6f8a90");
    public static final String DEFENDER_ID = "def-marta";
    public static final String RESPONDER_ID = "res-ana";
    public static final Instant AT = Instant.parse("2025-03-08T14:05:09.123Z");

    private Examples() {
    }

    public static SignalReceived panic() {
        return new SignalReceived(SIGNAL_ID, DEFENDER_ID, true, SignalType.PANIC, SignalSource.APP, AT,
                TEXT, new Location(15.4709, -90.3707, 12.5), null);
    }

    public static SignalReceived report() {
        return new SignalReceived(UUID.fromString("5a4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c"), DEFENDER_ID, true,
                SignalType.REPORT, SignalSource.REPORT_FORM, AT, null, null,
                new IncidentReport(ViolenceType.RAID, PerpetratorType.STATE_SECURITY_FORCES, PLACE,
                        LocalDate.of(2025, 3, 7), NARRATIVE));
    }

    public static SignalAssessed assessed() {
        return SignalAssessed.of(panic(), 87, Grade.CRITICAL, 3,
                List.of(new RiskFactor("keyword.pursuit", 40, "Pursuit words in the message"),
                        new RiskFactor("baseline", 25, "Baseline risk 3")),
                false, "GT");
    }

    /** The seal of intake in these examples. */
    public static final ResponseSeal INTAKE_SEAL = new ResponseSeal("intake", "an-example-response-key-of-32-chars!");

    public static AlertResponse ack() {
        return INTAKE_SEAL.sealed(UUID.fromString("0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a"), null, "4821",
                new Actor(ActorType.RESPONDER, RESPONDER_ID), ResponseKind.ACK, ResponseChannel.SMS, AT,
                ProofMethod.TWILIO_SIGNATURE, RESPONDER_ID);
    }

    public static NotificationRequested notificationRequested() {
        return NotificationRequested.of(ALERT_ID, "4821", RESPONDER_ID, Channel.VOICE, NotificationPurpose.ALERT,
                Grade.CRITICAL, 2, 0, AT);
    }

    public static NotificationStatus notificationFailed() {
        NotificationRequested request = notificationRequested();
        return new NotificationStatus(request.idempotencyKey(), ALERT_ID, RESPONDER_ID, Channel.VOICE,
                DeliveryStatus.FAILED, "CA0123456789abcdef0123456789abcdef", "30008", "Unknown error", AT);
    }

    public static AlertLifecycle opened() {
        return new AlertLifecycle(ALERT_ID, "4821", DEFENDER_ID, LifecycleKind.OPENED, AlertState.OPEN,
                Grade.CRITICAL, 2, true, SIGNAL_ID, null, AT);
    }

    public static PersonSnapshot defender() {
        return new PersonSnapshot(DEFENDER_ID, PersonRole.DEFENDER, NAME, PHONE, EMAIL, "es", "GT",
                Set.of(Channel.SMS, Channel.VOICE), null, 3, false, PIN_HASH, DURESS_PIN_HASH, null,
                List.of(DEVICE_TOKEN_HASH), AT);
    }

    public static PersonSnapshot responder() {
        return new PersonSnapshot(RESPONDER_ID, PersonRole.RESPONDER, "Ana Pérez", "+50255598765", null, "quc",
                null, Set.of(Channel.SMS, Channel.VOICE, Channel.EMAIL), "ana", 0, true, null, null, null,
                List.of(), AT);
    }

    public static AlertBrief brief() {
        SignalReceived panic = panic();
        return new AlertBrief(ALERT_ID, "4821", DEFENDER_ID, "Marta", "Colectiva Q'anil", "es", "GT", PHONE,
                Grade.CRITICAL, assessed().factors(),
                List.of(new AlertBrief.BriefSignal(panic.signalId(), panic.type(), panic.source(), panic.receivedAt(),
                        panic.text(), panic.location(), panic.receivedAt(), null)),
                List.of(RESPONDER_ID), 3, AT);
    }

    /** Every example, at least one per topic. */
    public static Stream<CentinelaEvent> all() {
        return Stream.of(panic(), report(), assessed(), ack(), notificationRequested(), notificationFailed(),
                opened(), defender(), responder(), brief());
    }
}
