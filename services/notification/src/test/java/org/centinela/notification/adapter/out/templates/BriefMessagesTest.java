package org.centinela.notification.adapter.out.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.signal.Grade;
import org.centinela.notification.AlertBriefs;
import org.centinela.notification.application.Messages;
import org.centinela.notification.domain.BriefView;
import org.centinela.notification.domain.Email;
import org.centinela.notification.domain.SmsBrief;
import org.centinela.notification.domain.SmsText;
import org.centinela.notification.domain.Speech;
import org.centinela.notification.domain.Step;
import org.centinela.notification.domain.WhoIsOnIt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The brief in every channel's templates, in each language: what each says of her, and what it never says. */
@QuarkusTest
class BriefMessagesTest {

    private static final String LINK = "https://alertas.centinela.example.org/b/AbCdEfGhIjKlMnOpQrStUvWxYz012345";
    private static final String MARKET_MAP = "https://www.openstreetmap.org/?mlat=15.47090&mlon=-90.37070#map=17/15.47090/-90.37070";
    private static final String BUS_STOP_MAP = "https://www.openstreetmap.org/?mlat=15.47310&mlon=-90.36820#map=17/15.47310/-90.36820";

    @Inject
    Messages messages;

    private final AlertBrief marta = AlertBriefs.brief(UUID.randomUUID(), "482193771", 4, AlertBriefs.NAME,
            AlertBriefs.ORGANISATION, AlertBriefs.everything(), List.of());

    /** Two links leave UCS-2 no room for her: the brief goes in GSM-7, her accents dropped (the page has them). */
    @Test
    void theSmsBriefSaysWhoSheIsHerFirstWordsHerLastPlaceAndTimeAndTheLink() {
        Map<String, String> starts = Map.of(
                "es", "CENTINELA 482193771: Marta (Colectiva Q'eqchi' de Coban). Dice: \"SOS me siguen dos hombres, mercado de Coban\" Lugar ",
                "en", "CENTINELA 482193771: Marta (Colectiva Q'eqchi' de Coban). Says: \"SOS me siguen dos hombres, mercado de Coban\" Place ");
        starts.forEach((language, start) -> {
            SmsText sms = messages.smsBrief(step(NotificationPurpose.BRIEF, Channel.SMS), language,
                    SmsBrief.of(marta, LINK, false), false);

            assertThat(sms.encoding()).isEqualTo(SmsText.Encoding.GSM_7);
            assertThat(sms.text()).startsWith(start).contains("15.47310,-90.36820").contains(BUS_STOP_MAP)
                    .contains("14:07 UTC-6").endsWith(" " + LINK).doesNotContain("\n");
            assertThat(sms.segments()).isLessThanOrEqualTo(3);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"es, ACTUALIZADO", "en, UPDATE"})
    void anSmsUpdateIsMarkedAsSuchAndSaysHerLatestWords(String language, String mark) {
        AlertBrief later = AlertBriefs.brief(marta.alertId(), "4821", 5, AlertBriefs.NAME, null,
                List.of(AlertBriefs.panic(AlertBriefs.WORDS, AlertBriefs.MARKET, AlertBriefs.AT),
                        AlertBriefs.panic("ya estoy en la parada del bus", AlertBriefs.BUS_STOP, AlertBriefs.AT.plusSeconds(600))),
                List.of());

        SmsText sms = messages.smsBrief(step(NotificationPurpose.BRIEF_UPDATE, Channel.SMS), language,
                SmsBrief.of(later, LINK, true), false);

        assertThat(sms.text()).startsWith("CENTINELA 4821 " + mark + ": Marta.").contains("ya estoy en la parada del bus")
                .doesNotContain("mercado").contains(BUS_STOP_MAP).contains("14:15 UTC-6");
    }

    @ParameterizedTest(name = "GSM-7 only: {0}")
    @ValueSource(booleans = {false, true})
    void aLongNameAndLongWordsStillFitInThreeSegmentsWithBothLinksWhole(boolean gsm7Only) {
        AlertBrief longOne = AlertBriefs.brief(marta.alertId(), "482193771", 2, "María Xóchitl ".repeat(14).strip(),
                "Asociación de Mujeres Defensoras ".repeat(6).strip(),
                List.of(AlertBriefs.panic("🙏 Me siguen, ayúdenme {€} ".repeat(70), AlertBriefs.MARKET, AlertBriefs.AT)),
                List.of());

        for (String language : List.of("es", "en")) {
            SmsText sms = messages.smsBrief(step(NotificationPurpose.BRIEF, Channel.SMS), language,
                    SmsBrief.of(longOne, LINK, false), gsm7Only);

            assertThat(sms.segments()).as("%s", sms).isLessThanOrEqualTo(3);
            assertThat(sms.text()).contains(" " + MARKET_MAP + " ").endsWith(" " + LINK).contains("Maria Xochitl");
        }
    }

    @Test
    void aCallUnderOnContactSaysHerNameAndThePlaceInHerWordsAfterTheOptionsNeverCoordinates() {
        Map<String, String> said = Map.of(
                "es", "Se trata de Marta, de Colectiva Q'eqchi' de Cobán. Ella escribió: SOS me siguen dos hombres, mercado"
                        + " de Cobán. El lugar de su reporte: Juzgado de Cobán. Su ubicación se envía por mensaje de texto.",
                "en", "This is about Marta, of Colectiva Q'eqchi' de Cobán. She wrote: SOS me siguen dos hombres, mercado"
                        + " de Cobán. The place in her report: Juzgado de Cobán. Her location is sent by text message.");
        Step call = step(NotificationPurpose.ALERT, Channel.VOICE);
        said.forEach((language, words) -> {
            Speech speech = messages.speech(call, language, WhoIsOnIt.nobody(), view());

            assertThat(speech.brief()).isEqualTo(words);
            assertThat(speech.menu()).contains("1");
            assertThat(speech.message() + speech.menu()).doesNotContain("Marta");
            assertThat(speech.toString()).doesNotContain("Marta");
            assertThat(messages.speech(call, language, WhoIsOnIt.nobody(), null).brief()).isNull();
        });
    }

    @Test
    void theReplyToKeyOneSaysTheBriefWhenGivenAndNeverTheCoordinates() {
        Map<String, String> starts = Map.of(
                "es", "Gracias. Quedó registrado que atiendes la alerta 4, 8, 2, 1, 9, 3, 7, 7, 1. Se trata de Marta",
                "en", "Thank you. We recorded that you are responding to alert 4, 8, 2, 1, 9, 3, 7, 7, 1. This is about Marta");
        Step call = step(NotificationPurpose.ALERT, Channel.VOICE);
        starts.forEach((language, start) -> {
            String reply = messages.spokenReply(Speech.Reply.ACKNOWLEDGED, call, language, view());
            String without = messages.spokenReply(Speech.Reply.ACKNOWLEDGED, call, language, null);

            assertThat(reply).startsWith(start).endsWith(language.equals("es") ? "Adiós." : "Goodbye.")
                    .doesNotContain("15.47").doesNotContain("openstreetmap");
            assertThat(without).doesNotContain("Marta");
        });
    }

    @Test
    void everyCallToActAndTheBriefsOwnEmailsCarryTheWholeBriefAndTheLink() {
        for (NotificationPurpose purpose : List.of(NotificationPurpose.ALERT, NotificationPurpose.REMINDER,
                NotificationPurpose.ESCALATION, NotificationPurpose.OPERATOR_PAGE, NotificationPurpose.BRIEF,
                NotificationPurpose.BRIEF_UPDATE)) {
            for (String language : List.of("es", "en")) {
                Step step = step(purpose, Channel.EMAIL);
                Email email = messages.email(step, language, WhoIsOnIt.nobody(),
                        step.asksForAnswer() ? "https://x.example.org/ack/a.b" : null, view());

                for (String body : List.of(email.text(), email.html())) {
                    assertThat(body).as("%s %s", purpose, language).contains(AlertBriefs.NAME)
                            .contains(AlertBriefs.PHONE).contains(AlertBriefs.WORDS).contains(AlertBriefs.NOTE)
                            .contains(AlertBriefs.NARRATIVE).contains(AlertBriefs.REPORT_PLACE).contains("2026-03-06")
                            .contains("2026-03-07 14:05 UTC-6").contains("15.47090,-90.37070").contains("± 12 m")
                            .contains("15.47310,-90.36820").contains("Ana López").contains(LINK)
                            .doesNotContain("{").doesNotContain("null")
                            .doesNotContain("Por su seguridad").doesNotContain("For her safety");
                }
                assertThat(email.text()).contains("Colectiva Q'eqchi' de Cobán").contains(MARKET_MAP).contains(BUS_STOP_MAP);
                assertThat(email.html()).contains("Colectiva Q&#39;eqchi&#39; de Cobán")
                        .contains("href=\"" + MARKET_MAP.replace("&", "&amp;") + "\"")
                        .contains("href=\"tel:" + AlertBriefs.PHONE + "\"");
            }
        }
    }

    @Test
    void anUpdateByEmailIsMarkedAsSuchInItsSubject() {
        assertThat(messages.email(step(NotificationPurpose.BRIEF_UPDATE, Channel.EMAIL), "es", WhoIsOnIt.nobody(), null,
                view()).subject()).isEqualTo("[Centinela] Alerta 4821: información actualizada");
        assertThat(messages.email(step(NotificationPurpose.BRIEF_UPDATE, Channel.EMAIL), "en", WhoIsOnIt.nobody(), null,
                view()).subject()).isEqualTo("[Centinela] Alert 4821: updated");
    }

    @Test
    void herWordsAreEscapedInHtml() {
        AlertBrief hostile = AlertBriefs.brief(marta.alertId(), "4821", 1, "<b>Marta</b>", null,
                List.of(AlertBriefs.panic("<script>alert(1)</script>", null, AlertBriefs.AT)), List.of());

        Email email = messages.email(step(NotificationPurpose.BRIEF, Channel.EMAIL), "es", WhoIsOnIt.nobody(), null,
                BriefView.of(hostile, WhoIsOnIt.nobody(), LINK));

        assertThat(email.html()).doesNotContain("<script>").doesNotContain("<b>Marta")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private BriefView view() {
        return BriefView.of(marta, WhoIsOnIt.on(Channel.EMAIL, List.of("Ana López")), LINK);
    }

    private static Step step(NotificationPurpose purpose, Channel channel) {
        return new Step("key-" + UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                purpose.isBrief() || channel == Channel.EMAIL ? "4821" : "482193771", "person-1", channel, purpose,
                Grade.HIGH, 1, 0, List.of(), BriefDisclosure.ON_CONTACT, 4);
    }
}
