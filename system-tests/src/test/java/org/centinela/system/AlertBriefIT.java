package org.centinela.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centinela.system.Alerts.Alert;
import org.centinela.system.Network.Defender;
import org.centinela.system.Network.Level;
import org.centinela.system.Network.Responder;
import org.centinela.system.Phones.Sms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 9, the brief: Marta presses the panic button of her app with her words and her place. Her trusted contact
 * (level 1, brief on first contact) gets, beside the alert, an SMS with the name her network knows her by, her
 * words and a map link of the place; the protection unit (level 2, brief once on it) gets only the code until one
 * of them answers OK, then the brief. Two location updates a moment apart reach each person on it once (coalesced).
 * The brief's page opens (and the opening is on the timeline) until the alert is resolved; then it answers 410.
 */
@ExtendWith(RunningCentinela.class)
class AlertBriefIT {

    private static final Duration ESCALATE_AFTER = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Pattern BRIEF_LINK = Pattern.compile("(https?://\\S+/b/\\S+)");
    private static final String WORDS = "me siguen dos hombres, mercado de Cobán";
    /** Her words in an SMS brief too long for UCS-2, sent in GSM-7 without accents (the page has them as written). */
    private static final String WORDS_IN_SMS = "me siguen dos hombres, mercado de Cob";
    private static final String MAP = "https://www.openstreetmap.org/?mlat=15.47090&mlon=-90.37070"
            + "#map=17/15.47090/-90.37070";

    private final Centinela centinela;

    AlertBriefIT(Centinela centinela) {
        this.centinela = centinela;
    }

    @Test
    void theBriefReachesEachLevelWhenItsRuleSaysAndEndsWithTheAlert() {
        Phones phones = centinela.phones();
        Alerts alerts = new Alerts(centinela);
        Network network = new Network(centinela);
        Responder ana = network.responder("Ana", "SMS");
        Responder rosa = network.responder("Rosa", "SMS");
        String policy = network.policy(
                Level.of(network.group("trusted", ana), 1, ESCALATE_AFTER, null, "SMS"),
                Level.of(network.group("unit", rosa), 1, Duration.ofMinutes(5), null, "SMS"));
        Defender marta = network.defender("Marta Xol Caal", "Marta", "Colectiva Q'anil", policy);

        network.appSos(marta, WORDS, 15.4709, -90.3707);

        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        String code = alert.code();
        try {
            Sms anasAlert = phones.awaitSms(ana.phone(), s -> s.body().startsWith("CENTINELA alerta"), PATIENCE);
            assertThat(anasAlert.body()).as("the alert itself stays short").contains(code).doesNotContain("Marta");
            Sms anasBrief = phones.awaitSms(ana.phone(), s -> s.body().startsWith("CENTINELA " + code + ": Marta"),
                    PATIENCE);
            assertThat(anasBrief.body()).as("level 1 learns who, what and where on first contact")
                    .contains("Marta (Colectiva Q'anil)", WORDS_IN_SMS, MAP).containsPattern(BRIEF_LINK);
            String link = linkIn(anasBrief);

            Sms rosasAlert = phones.awaitSms(rosa.phone(), s -> s.body().contains(code), PATIENCE);
            Eventually.pause(Duration.ofSeconds(2));
            assertThat(phones.smsTo(rosa.phone())).as("level 2 learns only the code until she is on it")
                    .extracting(Sms::body).allMatch(body -> body.contains(code))
                    .noneMatch(body -> body.contains("Marta") || body.contains("siguen") || body.contains("openstreetmap"));
            assertThat(rosasAlert.body()).doesNotContain("Marta");

            phones.text(rosa.phone(), "OK " + code);
            Sms rosasBrief = phones.awaitSms(rosa.phone(), s -> s.body().startsWith("CENTINELA " + code + ": Marta"),
                    PATIENCE);
            assertThat(rosasBrief.body()).contains(WORDS_IN_SMS, MAP).containsPattern(BRIEF_LINK);
            phones.text(ana.phone(), "OK " + code);
            alerts.await(alert.id(), a -> a.acks().size() == 2, PATIENCE);

            Instant moved = Instant.now();
            network.appSos(marta, "ahora en el parque central", 15.4800, -90.3800);
            network.appSos(marta, null, 15.4810, -90.3810);
            for (Responder onIt : List.of(ana, rosa)) {
                String updated = "CENTINELA " + code + " ACTUALIZADO";
                Sms first = phones.awaitSms(onIt.phone(),
                        s -> s.body().startsWith(updated) && !s.createdAt().isBefore(moved),
                        PATIENCE.plus(Centinela.BRIEF_UPDATE_GAP));
                Instant coalesced = first.createdAt().plus(Centinela.BRIEF_UPDATE_GAP).minusSeconds(1);
                Eventually.pause(Duration.between(Instant.now(), coalesced));
                assertThat(phones.smsTo(onIt.phone())).as("two moves a moment apart: one update within the gap")
                        .filteredOn(s -> s.body().startsWith(updated) && s.createdAt().isBefore(coalesced))
                        .hasSize(1);
                Sms latest = phones.awaitSms(onIt.phone(),
                        s -> s.body().startsWith(updated) && s.body().contains("15.48100,-90.38100"),
                        PATIENCE.plus(Centinela.BRIEF_UPDATE_GAP));
                assertThat(latest.body()).as("the update carries her latest place").contains("openstreetmap");
            }
            assertThat(alerts.brief(alert.id()).getList("signals")).as("both moves joined her alert's brief")
                    .hasSize(3);

            assertThat(given().when().get(link).then().statusCode(200).extract().asString()).contains("Marta", WORDS);
            alerts.await(alert.id(), a -> a.entries("BRIEF_OPENED").size() == 1, PATIENCE);
        } finally {
            alerts.resolve(alert.id());
        }
        alerts.await(alert.id(), a -> a.state().equals("RESOLVED"), PATIENCE);
        String link = linkIn(phones.awaitSms(ana.phone(), s -> s.body().startsWith("CENTINELA " + code + ": Marta"),
                PATIENCE));
        Eventually.get(() -> given().when().get(link).then().extract().statusCode() == 410 ? true : null, PATIENCE,
                "the brief's link gone once the alert is resolved");
        assertThat(given().when().get(link).then().statusCode(410).extract().asString())
                .as("a neutral page").doesNotContain("Marta", "Cobán", code);
    }

    private static String linkIn(Sms sms) {
        Matcher link = BRIEF_LINK.matcher(sms.body());
        assertThat(link.find()).as("a link to the brief page in %s", sms.body()).isTrue();
        return link.group(1);
    }
}
