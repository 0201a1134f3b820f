package org.centinela.contracts.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.centinela.contracts.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignalReceivedTest {

    private static final UUID ID = Examples.SIGNAL_ID;
    private static final String DEFENDER = Examples.DEFENDER_ID;
    private static final IncidentReport THREAT =
            new IncidentReport(ViolenceType.THREAT, PerpetratorType.UNKNOWN, null, null, null);

    @Test
    void isKeyedByTheDefender() {
        assertThat(Examples.panic().key()).isEqualTo(DEFENDER);
    }

    @Test
    void anUnknownSenderIsKeyedByTheHashOfHerNumber() {
        String key = SignalReceived.unknownSenderKey("hmac-3a7bd3e2360a3d29eea436fcfb7e44c7");
        SignalReceived signal = new SignalReceived(ID, key, false, SignalType.PANIC, SignalSource.SMS,
                Examples.AT, "ayuda", null, null);

        assertThat(signal.key()).isEqualTo("unknown:hmac-3a7bd3e2360a3d29eea436fcfb7e44c7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+50255512345", "50255512345", "+502 5551-2345"})
    void theUnknownSenderKeyRefusesAPhoneNumberInPlaceOfItsHash(String phone) {
        assertThatThrownBy(() -> SignalReceived.unknownSenderKey(phone))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("phoneHash must be a hash of the phone number, not the number");
    }

    static Stream<Arguments> invalidSignals() {
        String tooLong = "x".repeat(SignalReceived.MAX_TEXT_LENGTH + 1);
        return Stream.of(
                invalid(() -> new SignalReceived(0, ID, DEFENDER, true, SignalType.PANIC, SignalSource.APP,
                        Examples.AT, null, null, null, null, null), "schemaVersion must be at least 1, was 0"),
                invalid(() -> new SignalReceived(null, DEFENDER, true, SignalType.PANIC, SignalSource.APP,
                        Examples.AT, null, null, null), "signalId must not be null"),
                invalid(() -> new SignalReceived(ID, " ", true, SignalType.PANIC, SignalSource.APP,
                        Examples.AT, null, null, null), "defenderId must not be blank"),
                invalid(() -> new SignalReceived(ID, DEFENDER, true, null, SignalSource.APP,
                        Examples.AT, null, null, null), "type must not be null"),
                invalid(() -> new SignalReceived(ID, DEFENDER, true, SignalType.PANIC, null,
                        Examples.AT, null, null, null), "source must not be null"),
                invalid(() -> new SignalReceived(ID, DEFENDER, true, SignalType.PANIC, SignalSource.APP,
                        null, null, null, null), "receivedAt must not be null"),
                invalid(() -> new SignalReceived(ID, DEFENDER, true, SignalType.PANIC, SignalSource.SMS,
                        Examples.AT, tooLong, null, null), "text must be at most 1600 characters, was 1601"),
                invalid(() -> new SignalReceived(ID, SignalReceived.unknownSenderKey("a1b2c3"), true,
                        SignalType.PANIC, SignalSource.SMS, Examples.AT, null, null, null),
                        "verifiedSender must be false for an unknown sender"),
                invalid(() -> new SignalReceived(ID, DEFENDER, true, SignalType.REPORT, SignalSource.REPORT_FORM,
                        Examples.AT, null, null, null), "report is required for a REPORT signal"),
                invalid(() -> new SignalReceived(ID, DEFENDER, true, SignalType.PANIC, SignalSource.APP,
                        Examples.AT, null, null, THREAT), "report is only allowed on a REPORT signal, not on PANIC"));
    }

    private static Arguments invalid(ThrowingCallable construction, String reason) {
        return arguments(construction, reason);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidSignals")
    void refusesASignalThatBreaksAnInvariant(ThrowingCallable construction, String reason) {
        assertThatThrownBy(construction)
                .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class)
                .hasMessage(reason);
    }

    @ParameterizedTest(name = "lat {0}, lon {1}, accuracy {2}")
    @CsvSource({
        "90.01, 0, , lat must be -90..90",
        "-90.01, 0, , lat must be -90..90",
        "NaN, 0, , lat must be -90..90",
        "0, 180.5, , lon must be -180..180",
        "0, -180.5, , lon must be -180..180",
        "0, 0, -1, 'accuracyM must be a finite number of metres, at least 0'",
        "0, 0, Infinity, 'accuracyM must be a finite number of metres, at least 0'"})
    void refusesALocationOffTheGlobe(double lat, double lon, Double accuracyM, String reason) {
        assertThatThrownBy(() -> new Location(lat, lon, accuracyM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(reason);
    }

    @Test
    void acceptsTheEdgesOfTheGlobe() {
        assertThat(new Location(-90, 180, null)).isEqualTo(new Location(-90, 180, null));
        assertThat(new Location(90, -180, 0.0).accuracyM()).isZero();
    }

    @Test
    void aReportNeedsItsClassification() {
        assertThatThrownBy(() -> new IncidentReport(null, PerpetratorType.UNKNOWN, null, null, null))
                .hasMessage("violenceType must not be null");
        assertThatThrownBy(() -> new IncidentReport(ViolenceType.THREAT, null, null, null, null))
                .hasMessage("perpetratorType must not be null");
    }

    @Test
    void aReportRefusesAnOverlongNarrative() {
        String narrative = "x".repeat(IncidentReport.MAX_NARRATIVE_LENGTH + 1);

        assertThatThrownBy(() -> new IncidentReport(ViolenceType.THREAT, PerpetratorType.UNKNOWN, null,
                LocalDate.of(2025, 1, 1), narrative))
                .hasMessage("narrative must be at most 20000 characters, was 20001");
    }

    @Test
    void toStringWithholdsTextLocationPlaceAndNarrative() {
        assertThat(Examples.panic().toString())
                .contains(Examples.SIGNAL_ID.toString(), "PANIC", "text=withheld", "location=withheld")
                .doesNotContain(Examples.TEXT, "15.47", "90.37");
        assertThat(Examples.report().toString())
                .contains("RAID", "STATE_SECURITY_FORCES")
                .doesNotContain(Examples.PLACE, Examples.NARRATIVE);
        assertThat(new Location(15.4709, -90.3707, null).toString()).doesNotContain("15.47");
    }

    @Test
    void onlyAnUnknownSenderCarriesHerNumberAndOnlyInE164() {
        String key = SignalReceived.unknownSenderKey("a1b2c3");
        SignalReceived unknown = new SignalReceived(ID, key, false, SignalType.PANIC, SignalSource.SMS, Examples.AT,
                "ayuda", null, null, Examples.PHONE);
        assertThat(unknown.senderPhone()).isEqualTo(Examples.PHONE);
        assertThat(unknown.toString()).doesNotContain(Examples.PHONE);
        assertThatThrownBy(() -> new SignalReceived(ID, DEFENDER, true, SignalType.PANIC, SignalSource.SMS,
                Examples.AT, "ayuda", null, null, Examples.PHONE))
                .hasMessage("senderPhone is only for an unknown sender, in E.164");
        assertThatThrownBy(() -> new SignalReceived(ID, key, false, SignalType.PANIC, SignalSource.SMS,
                Examples.AT, "ayuda", null, null, "5551234"))
                .hasMessage("senderPhone is only for an unknown sender, in E.164");
    }

    @Test
    void onlyASignalOfHerPanicAppNamesTheDevice() {
        java.util.UUID device = org.centinela.contracts.directory.DeviceId.of("hash-of-token");
        SignalReceived app = new SignalReceived(ID, DEFENDER, true, SignalType.PANIC, SignalSource.APP, Examples.AT,
                null, null, null).fromDevice(device);
        assertThat(app.deviceId()).isEqualTo(device);
        assertThatThrownBy(() -> new SignalReceived(ID, DEFENDER, true, SignalType.PANIC, SignalSource.SMS,
                Examples.AT, "ayuda", null, null).fromDevice(device))
                .hasMessage("deviceId is only for a signal from her panic app");
    }
}
