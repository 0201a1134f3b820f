package org.centinela.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.centinela.system.Alerts.Alert;
import org.centinela.system.Network.Defender;
import org.centinela.system.Network.Level;
import org.centinela.system.Network.Responder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A seized phone keeps no power over her alerts: a revoked device of her app is refused at once, and in "phone
 * seized" mode her PIN cancels nothing while her network is told not to trust what comes from her phone. She can
 * say so herself, from any phone, with the code word she registered for it.
 */
@ExtendWith(RunningCentinela.class)
class PhoneSeizedIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** What her network is told, in Spanish. */
    private static final String SEIZED_NOTICE = "puede estar en otras manos";
    /** Unique to the run: no two defenders share the code word of a seized phone. */
    private static final String SEIZED_CODE_WORD = "girasol" + java.util.concurrent.ThreadLocalRandom.current()
            .ints(6, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    private final Phones phones;
    private final Alerts alerts;
    private final Network network;
    private Responder luis;
    private String policy;

    PhoneSeizedIT(Centinela centinela) {
        this.phones = centinela.phones();
        this.alerts = new Alerts(centinela);
        this.network = new Network(centinela);
    }

    @BeforeEach
    void herNetwork() {
        luis = network.responder("Luis", "SMS");
        policy = network.policy(Level.of(network.group("trusted", luis), 1, Duration.ofMinutes(2), null, "SMS"));
    }

    @Test
    void aRevokedDeviceIsRefusedAtOnceAndItsLastUseWasListed() {
        Defender marta = network.defender("Marta", policy);
        assertThat(network.devices(marta)).extracting(device -> device.get("id")).containsExactly(marta.deviceId());
        assertThat(network.devices(marta).get(0).get("lastUsedAt")).isNull();

        network.appSos(marta, null, null, null);
        Alert alert = alerts.awaitOf(marta.id(), a -> true, PATIENCE);
        try {
            Eventually.get(() -> network.devices(marta).get(0).get("lastUsedAt"), PATIENCE, "its last use listed");

            network.revokeDevice(marta, marta.deviceId());

            Eventually.get(() -> network.appSosStatus(marta) == 401 ? true : null, PATIENCE,
                    "her revoked token refused");
            assertThat(network.devices(marta)).isEmpty();
        } finally {
            alerts.resolve(alert.id());
        }
    }

    @Test
    void inPhoneSeizedModeHerPinCancelsNothingHerTokenDiesAndHerNetworkIsToldOnce() {
        Defender marta = network.defender("Marta", policy);
        String sosReply = phones.text(marta.phone(), "SOS").twiml();
        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        phones.awaitSms(luis.phone(), sms -> sms.body().contains(alert.code()), PATIENCE);
        try {
            assertThat(network.markPhoneSeized(marta)).containsEntry("seized", true);
            network.markPhoneSeized(marta);

            Alert marked = alerts.await(alert.id(), a -> !a.entries("PHONE_SEIZED").isEmpty(), PATIENCE);
            assertThat(marked.entries("PHONE_SEIZED")).hasSize(1);
            assertThat(phones.awaitSms(luis.phone(), sms -> sms.body().contains(SEIZED_NOTICE), PATIENCE).body())
                    .startsWith("CENTINELA " + alert.code() + ":");
            Eventually.get(() -> network.appSosStatus(marta) == 401 ? true : null, PATIENCE, "her token refused");
            assertThat(network.devices(marta)).isEmpty();

            assertThat(phones.text(marta.phone(), "BIEN " + marta.pin()).twiml()).as("nothing tells it apart")
                    .isEqualTo(sosReply);
            Alert refused = alerts.await(alert.id(), a -> a.entries("SIGNAL_RECEIVED").stream()
                    .anyMatch(entry -> entry.detail().startsWith("CANCEL ")), PATIENCE);
            phones.awaitQuiet(Duration.ofSeconds(2), PATIENCE);
            assertThat(alerts.get(alert.id()).state()).isNotIn("CANCELLED", "RESOLVED");
            assertThat(refused.told()).contains("CANCEL from her phone while it is marked seized");
            List<String> told = phones.smsTo(luis.phone()).stream().map(Phones.Sms::body).toList();
            assertThat(told).as("told once, though marked twice").filteredOn(body -> body.contains(SEIZED_NOTICE))
                    .hasSize(1);
            assertThat(told).noneMatch(body -> body.contains("terminó"));

            assertThat(network.clearPhoneSeized(marta, null)).isEqualTo(422);
            assertThat(network.phoneSeized(marta)).isTrue();
            assertThat(network.clearPhoneSeized(marta, "She called from the office line and gave her code word"))
                    .isEqualTo(200);
            assertThat(network.phoneSeized(marta)).isFalse();
            assertThat(alerts.await(alert.id(), a -> !a.entries("PHONE_SEIZED_CLEARED").isEmpty(), PATIENCE)
                    .state()).isNotIn("CANCELLED", "RESOLVED");
        } finally {
            alerts.resolve(alert.id());
        }
    }

    @Test
    void herSeizedCodeWordFromAnotherPhoneMarksHerPhoneSeized() {
        Defender marta = network.defender("Marta", policy, Map.of("seizedCodeWord", SEIZED_CODE_WORD));

        phones.text(Network.unenrolledPhone(), SEIZED_CODE_WORD);

        Eventually.get(() -> network.phoneSeized(marta) ? true : null, PATIENCE, "her phone marked seized");
        Eventually.get(() -> network.appSosStatus(marta) == 401 ? true : null, PATIENCE, "her token refused");
        assertThat(alerts.of(marta.id())).as("no alert of its own").isEmpty();
    }
}
