package org.centinela.notification.adapter.out.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.signal.Grade;
import org.centinela.notification.adapter.out.twilio.VoiceScripts;
import org.centinela.notification.application.Messages;
import org.centinela.notification.domain.Email;
import org.centinela.notification.domain.SmsText;
import org.centinela.notification.domain.Speech;
import org.centinela.notification.domain.Step;
import org.centinela.notification.domain.WhoIsOnIt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Every purpose × channel × language has its template, says the alert's code, and says how to answer when it asks. */
@QuarkusTest
class MessageTemplatesTest {

    /** The longest code escalation gives (nine digits): the SMS budget is computed with it. */
    private static final String LONGEST_CODE = "482193771";
    private static final String ACK_URL = "https://centinela.example.org/ack/abc.def";
    private static final List<String> UNRENDERED = List.of("{", "}", "null", "NOT_FOUND");
    private static final WhoIsOnIt NOBODY = WhoIsOnIt.nobody();

    @Inject
    Messages messages;
    @Inject
    VoiceScripts voiceScripts;

    /** Every purpose but the brief's own (written with the brief, below), in each language and grade. */
    static Stream<Arguments> purposesAndLanguages() {
        List<Arguments> all = new ArrayList<>();
        for (NotificationPurpose purpose : NotificationPurpose.values()) {
            if (purpose.isBrief()) {
                continue;
            }
            for (String language : List.of("es", "en")) {
                for (Grade grade : Grade.values()) {
                    all.add(Arguments.of(purpose, language, grade));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "SMS {0} {1} {2}")
    @MethodSource("purposesAndLanguages")
    void everySmsNamesTheCodeSaysHowToAnswerAndFitsInTwoSegments(NotificationPurpose purpose, String language, Grade grade) {
        Step step = step(purpose, grade, Channel.SMS, LONGEST_CODE);
        SmsText sms = messages.sms(step, language, NOBODY);

        assertThat(sms.text()).contains(LONGEST_CODE).startsWith("CENTINELA").doesNotContain("\n");
        UNRENDERED.forEach(leftover -> assertThat(sms.text()).doesNotContain(leftover));
        if (step.asksForAnswer()) {
            assertThat(sms.text()).contains("OK " + LONGEST_CODE);
            assertThat(sms.segments()).as("%s costs %d segments", sms, sms.segments()).isLessThanOrEqualTo(2);
            assertThat(sms.toGsm7().segments()).isLessThanOrEqualTo(2);
        } else {
            assertThat(sms.text()).doesNotContain("OK " + LONGEST_CODE);
            assertThat(sms.segments()).isLessThanOrEqualTo(2);
        }
    }

    @ParameterizedTest(name = "voice {0} {1} {2}")
    @MethodSource("purposesAndLanguages")
    void everyCallSaysTheCodeDigitByDigitAndOffersTheKeysWhenItAsks(NotificationPurpose purpose, String language,
            Grade grade) {
        Step step = step(purpose, grade, Channel.VOICE, "4821");
        Speech speech = messages.speech(step, language, NOBODY, null);

        assertThat(speech.language()).isEqualTo(language);
        assertThat(speech.message()).contains("4, 8, 2, 1");
        assertThat(speech.asksForAnswer()).isEqualTo(step.asksForAnswer());
        if (step.asksForAnswer()) {
            assertThat(speech.menu()).contains("1").contains("2").contains("9");
        }
        for (String said : new String[] {speech.message(), speech.closing(), speech.menu() == null ? "" : speech.menu()}) {
            UNRENDERED.forEach(leftover -> assertThat(said).doesNotContain(leftover));
        }
        for (Speech.Reply reply : Speech.Reply.values()) {
            assertThat(messages.spokenReply(reply, step, language, null)).isNotBlank().doesNotContain("{");
        }
    }

    @ParameterizedTest(name = "email {0} {1} {2}")
    @MethodSource("purposesAndLanguages")
    void everyEmailHasTheCodeInItsSubjectTextAndHtmlAndTheLinkWhenItAsks(NotificationPurpose purpose, String language,
            Grade grade) {
        Step step = step(purpose, grade, Channel.EMAIL, "4821");
        Email email = messages.email(step, language, NOBODY, step.asksForAnswer() ? ACK_URL : null, null);

        assertThat(email.subject()).contains("4821").startsWith("[Centinela]");
        assertThat(email.text()).contains("4821").doesNotContain("{");
        assertThat(email.html()).contains("4821").contains("<html lang=\"" + language + "\">").doesNotContain("{#");
        if (step.asksForAnswer()) {
            assertThat(email.text()).contains(ACK_URL).contains("OK 4821");
            assertThat(email.html()).contains("href=\"" + ACK_URL + "\"");
        } else {
            assertThat(email.text()).doesNotContain("/ack/");
            assertThat(email.html()).doesNotContain("href=");
        }
    }

    @Test
    void theLanguagesSayTheGradeInTheirOwnWords() {
        Step critical = step(NotificationPurpose.ALERT, Grade.CRITICAL, Channel.SMS, "4821");

        assertThat(messages.sms(critical, "es", NOBODY).text()).contains("CRÍTICA");
        assertThat(messages.sms(critical, "en", NOBODY).text()).contains("CRITICAL");
        assertThat(messages.speech(critical, "es", NOBODY, null).message()).contains("crítica");
        assertThat(messages.email(critical, "en", NOBODY, ACK_URL, null).subject()).contains("CRITICAL alert 4821");
    }

    @Test
    void noMessageWithoutTheBriefNamesTheDefenderOrWhereSheIs() {
        for (NotificationPurpose purpose : NotificationPurpose.values()) {
            if (purpose.isBrief()) {
                continue;
            }
            Step step = step(purpose, Grade.CRITICAL, Channel.EMAIL, "4821");
            String everything = messages.sms(step, "es", NOBODY).text()
                    + messages.email(step, "es", NOBODY, ACK_URL, null).html()
                    + messages.speech(step, "es", NOBODY, null).message();
            assertThat(everything).doesNotContain("Marta").doesNotContain("Cobán");
        }
    }

    @Test
    void someoneIsOnItNamesWhoAcknowledgedWithinTheRoomOfEachChannel() {
        Step onIt = step(NotificationPurpose.SOMEONE_ON_IT, Grade.CRITICAL, Channel.SMS, LONGEST_CODE);
        List<String> acknowledged = List.of("Ana López", "Luisa Fernanda Xiloj", "Rosa", "Marta Julia");

        SmsText es = messages.sms(onIt, "es", WhoIsOnIt.on(Channel.SMS, acknowledged));
        SmsText en = messages.sms(onIt, "en", WhoIsOnIt.on(Channel.SMS, acknowledged));
        Speech spoken = messages.speech(onIt, "en", WhoIsOnIt.on(Channel.VOICE, acknowledged), null);
        Email email = messages.email(onIt, "es", WhoIsOnIt.on(Channel.EMAIL, List.of("Ana <b>", "Rosa")), null, null);

        assertThat(es.text()).contains("ya atienden la alerta Ana López, Luisa Fernanda Xiloj y 2 más");
        assertThat(en.text()).contains("responding to the alert: Ana López, Luisa Fernanda Xiloj and 2 more");
        assertThat(es.segments()).isLessThanOrEqualTo(2);
        assertThat(spoken.message()).contains("Ana López, Luisa Fernanda Xiloj, Rosa, Marta Julia");
        assertThat(email.text()).contains("Ana <b>, Rosa");
        assertThat(email.html()).as("names are escaped in HTML").contains("Ana &lt;b&gt;, Rosa");
    }

    /** What a "phone seized" message says in each language: her phone may be in other hands, and what to do. */
    private static final Map<String, List<String>> PHONE_SEIZED_SAYS = Map.of(
            "es", List.of("teléfono de la defensora puede estar en otras manos", "que vengan de él",
                    "por otro medio, en persona si puedes"),
            "en", List.of("defender's phone may be in other hands", "Do not trust messages or calls from it",
                    "another way, in person if you can"));

    @ParameterizedTest(name = "phone seized {0}")
    @MethodSource("phoneSeizedLanguages")
    void phoneSeizedSaysHerPhoneMayBeInOtherHandsAndToVerifyHerAnotherWayAskingNothing(String language)
            throws Exception {
        List<String> says = PHONE_SEIZED_SAYS.get(language);
        Step bySms = step(NotificationPurpose.PHONE_SEIZED, Grade.CRITICAL, Channel.SMS, LONGEST_CODE);
        Step byCall = step(NotificationPurpose.PHONE_SEIZED, Grade.CRITICAL, Channel.VOICE, "4821");
        Step byEmail = step(NotificationPurpose.PHONE_SEIZED, Grade.CRITICAL, Channel.EMAIL, "4821");

        SmsText sms = messages.sms(bySms, language, NOBODY);
        Speech speech = messages.speech(byCall, language, NOBODY, null);
        String twiml = voiceScripts.call(speech, URI.create("https://notification.example.org/twilio/voice/gather?d=x"));
        Email email = messages.email(byEmail, language, NOBODY, null, null);

        assertThat(sms.text()).startsWith("CENTINELA " + LONGEST_CODE + ": ").contains(says).doesNotContain("OK")
                .doesNotContain("http");
        assertThat(sms.segments()).isLessThanOrEqualTo(2);
        assertThat(speech.message()).contains("4, 8, 2, 1").contains(says);
        assertThat(speech.menu()).as("no keys to press").isNull();
        Document call = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(twiml)));
        assertThat(call.getElementsByTagName("Gather").getLength()).isZero();
        assertThat(call.getElementsByTagName("Say").item(0).getTextContent()).isEqualTo(speech.message());
        assertThat(email.subject()).contains("4821").contains(language.equals("es") ? "otras manos" : "other hands");
        assertThat(email.text()).contains(says).doesNotContain("/ack/").doesNotContain("/b/");
        assertThat(email.html()).contains(says).doesNotContain("href=");
    }

    static Stream<String> phoneSeizedLanguages() {
        return PHONE_SEIZED_SAYS.keySet().stream().sorted();
    }

    private static Step step(NotificationPurpose purpose, Grade grade, Channel channel, String code) {
        return new Step("key-" + UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), code, "person-1", channel, purpose,
                grade, 2, 0);
    }
}
