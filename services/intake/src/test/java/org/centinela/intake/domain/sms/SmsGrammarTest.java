package org.centinela.intake.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centinela.intake.domain.sms.SenderKind.DEFENDER;
import static org.centinela.intake.domain.sms.SenderKind.RESPONDER;
import static org.centinela.intake.domain.sms.SenderKind.UNKNOWN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.centinela.contracts.sms.CodeWord;
import org.centinela.intake.domain.sms.SmsCommand.Acknowledge;
import org.centinela.intake.domain.sms.SmsCommand.Arrived;
import org.centinela.intake.domain.sms.SmsCommand.Decline;
import org.centinela.intake.domain.sms.SmsCommand.Panic;
import org.centinela.intake.domain.sms.SmsCommand.Report;
import org.centinela.intake.domain.sms.SmsCommand.Resolve;
import org.centinela.intake.domain.sms.SmsCommand.Safe;
import org.centinela.intake.domain.sms.SmsCommand.StartCheckIn;
import org.centinela.intake.domain.sms.SmsCommand.Unrecognised;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SMS grammar on texts as people type them on basic phones, in Spanish and English. */
class SmsGrammarTest {

    /** The code word of every defender in the table below. */
    private static final Predicate<String> MARIPOSA = "mariposa"::equals;
    /** Stands for "some {@link Unrecognised}": its text is checked in its own tests. */
    private static final SmsCommand UNRECOGNISED = new Unrecognised("(any text)");

    @ParameterizedTest(name = "{index}: {0} {1} → {2}")
    @MethodSource("texts")
    void readsWhatPeopleActuallyType(SenderKind sender, String body, SmsCommand expected) {
        SmsCommand command = SmsGrammar.readOrFail(body, sender, MARIPOSA);

        if (expected == UNRECOGNISED) {
            assertThat(command).isInstanceOf(Unrecognised.class);
        } else {
            assertThat(command).isEqualTo(expected);
        }
        assertThat(SmsGrammar.read(body, sender, MARIPOSA)).isEqualTo(command);
    }

    static Stream<Arguments> texts() {
        List<Arguments> rows = new ArrayList<>();

        // A defender raises the alarm with a keyword: case, accents, punctuation and spacing do not matter.
        rows.add(defender("SOS", panic("")));
        rows.add(defender("sos", panic("")));
        rows.add(defender("Sos", panic("")));
        rows.add(defender("SOS!!!", panic("")));
        rows.add(defender("¡¡Ayúda!!", panic("")));
        rows.add(defender("AYUDA", panic("")));
        rows.add(defender("ayuda por favor", panic("por favor")));
        rows.add(defender("Ayuda!!! me estan siguiendo", panic("me estan siguiendo")));
        rows.add(defender("Ayúdame, estoy en el parque central", panic("estoy en el parque central")));
        rows.add(defender("ayudenme", panic("")));
        rows.add(defender("AUXILIO", panic("")));
        rows.add(defender("auxilio!! zona 3 colonia El Mezquital", panic("zona 3 colonia El Mezquital")));
        rows.add(defender("Socorro", panic("")));
        rows.add(defender("SOCORRO me quieren sacar de la casa", panic("me quieren sacar de la casa")));
        rows.add(defender("HELP", panic("")));
        rows.add(defender("help me please", panic("me please")));
        rows.add(defender("Help! they took my phone", panic("they took my phone")));
        rows.add(defender("sos, zona 1", panic("zona 1")));
        rows.add(defender("  SOS   me   siguen ", panic("me   siguen")));
        rows.add(defender("SOS: Hay 2 hombres armados en la puerta", panic("Hay 2 hombres armados en la puerta")));
        rows.add(defender("SOS, Cuarto Pueblo, Ixcán", panic("Cuarto Pueblo, Ixcán")));
        rows.add(defender("SOS\nme siguen\ncalle 5", panic("me siguen\ncalle 5")));
        rows.add(defender("\tSOS\u00A0 frente al mercado ", panic("frente al mercado")));
        rows.add(defender("🚨SOS🚨 policía en mi casa", panic("🚨 policía en mi casa")));
        rows.add(defender("SOS' OR '1'='1", panic("' OR '1'='1")));
        // Spelled letter by letter.
        rows.add(defender("s.o.s", panic("")));
        rows.add(defender("S.O.S.", panic("")));
        rows.add(defender("S O S", panic("")));
        rows.add(defender("s-o-s me siguen", panic("me siguen")));
        rows.add(defender("S.O.S. y me siguen", panic("y me siguen")));
        // Repeated letters, typed in a hurry.
        rows.add(defender("AYUDAAA", panic("")));
        rows.add(defender("ayudaaaa ya vienen", panic("ya vienen")));
        rows.add(defender("Sooos", panic("")));
        rows.add(defender("auxiliooo!!", panic("")));
        // What some phones send: full-width letters, invisible characters.
        rows.add(defender("ｓｏｓ", panic("")));
        rows.add(defender("S\u200BOS", panic("")));
        rows.add(defender("\u202Esos", panic("")));
        // Her personal code word, checked after the fixed keywords.
        rows.add(defender("mariposa", panic("")));
        rows.add(defender("Mariposa!", panic("")));
        rows.add(defender("MARIPOSA estoy con él", panic("estoy con él")));
        rows.add(defender("Maripósa, me llevan", panic("me llevan")));
        // The keyword must come first; otherwise the service files the text as a report.
        rows.add(defender("necesito ayuda", UNRECOGNISED));
        rows.add(defender("hola, ayuda", UNRECOGNISED));
        rows.add(defender("por favor ayuda", UNRECOGNISED));
        rows.add(defender("mi mariposa", UNRECOGNISED));
        // Typos other than repeated letters are not guessed.
        rows.add(defender("ayda", UNRECOGNISED));
        rows.add(defender("auxlio", UNRECOGNISED));
        rows.add(defender("SOD", UNRECOGNISED));

        // Incident reports.
        rows.add(defender("REPORTE: me amenazaron en el mercado", report("me amenazaron en el mercado")));
        rows.add(defender("reporte hoy 3 hombres rondaron la oficina", report("hoy 3 hombres rondaron la oficina")));
        rows.add(defender("Report: threatening call at 9pm", report("threatening call at 9pm")));
        rows.add(defender("REPORTE", report("")));

        // Cancelling her alert with her PIN. A duress PIN reads the same: only the service can tell, from the
        // numbers of the message (PinLikeNumbersTest).
        rows.add(defender("BIEN 4821", safe()));
        rows.add(defender("bien 4821", safe()));
        rows.add(defender("Bien: 4821", safe()));
        rows.add(defender("bien,4821", safe()));
        rows.add(defender("bien4821", safe()));
        rows.add(defender("Estoy bien 4821", safe()));
        rows.add(defender("ESTOY BIEN 4821", safe()));
        rows.add(defender("estoy bien, 4821", safe()));
        rows.add(defender("SAFE 4821", safe()));
        rows.add(defender("safe 12345678", safe()));
        rows.add(defender("bien 0000", safe()));
        rows.add(defender("Bien 4821 gracias", safe()));
        rows.add(defender("BIEN 9999", safe()));
        // Her PIN elsewhere, or mistyped: still a cancel attempt, never words to file.
        rows.add(defender("BIEN mi pin 4821", safe()));
        rows.add(defender("estoy bien 4821 gracias", safe()));
        rows.add(defender("bien amiga 4821", safe()));
        rows.add(defender("bien 482", safe()));
        rows.add(defender("bien 123456789", safe()));
        rows.add(defender("Bien 48 21", safe()));
        rows.add(defender("bien ４８２", safe()));
        // Without a number of three digits or more, her words are filed.
        rows.add(defender("BIEN", UNRECOGNISED));
        rows.add(defender("bien amiga", UNRECOGNISED));
        rows.add(defender("ESTOY BIEN", UNRECOGNISED));
        rows.add(defender("estoy bien gracias", UNRECOGNISED));
        rows.add(defender("Bien, 2 hombres me siguieron", UNRECOGNISED));

        // Check-in timers.
        rows.add(defender("VOY 30", checkIn(30)));
        rows.add(defender("voy 30 min", checkIn(30)));
        rows.add(defender("Voy 30min", checkIn(30)));
        rows.add(defender("voy en 30", checkIn(30)));
        rows.add(defender("VOY 45 minutos", checkIn(45)));
        rows.add(defender("voy 20 m", checkIn(20)));
        rows.add(defender("CHECKIN 60", checkIn(60)));
        rows.add(defender("check in 30", checkIn(30)));
        rows.add(defender("Check-in 15 mins", checkIn(15)));
        rows.add(defender("checkin30", checkIn(30)));
        rows.add(defender("voy 2 horas", checkIn(120)));
        rows.add(defender("VOY 1 hora", checkIn(60)));
        rows.add(defender("voy 1 día", checkIn(1440)));
        rows.add(defender("voy 1440", checkIn(1440)));
        rows.add(defender("voy 1", checkIn(1)));
        rows.add(defender("voy 0030", checkIn(30)));
        rows.add(defender("voy 30 al mercado de Chimaltenango", checkIn(30)));
        rows.add(defender("VOY 0", UNRECOGNISED));
        rows.add(defender("VOY 5000", UNRECOGNISED));
        rows.add(defender("voy 1441", UNRECOGNISED));
        rows.add(defender("VOY", UNRECOGNISED));
        rows.add(defender("voy 25 horas", UNRECOGNISED));
        rows.add(defender("voy 1:30", UNRECOGNISED));
        rows.add(defender("voy 1.5 horas", UNRECOGNISED));
        rows.add(defender("voy 1\u0301:30", UNRECOGNISED));
        rows.add(defender("voy 30 segundos", UNRECOGNISED));
        rows.add(defender("voy 2 semanas", UNRECOGNISED));
        rows.add(defender("voy a la casa", UNRECOGNISED));
        rows.add(defender("voy en camino", UNRECOGNISED));
        rows.add(defender("voy 99999999999999999999", UNRECOGNISED));

        // Arriving closes the timer, with her PIN (or her duress PIN: the grammar cannot tell).
        rows.add(defender("LLEGUE 4821", arrived()));
        rows.add(defender("llegué 4821", arrived()));
        rows.add(defender("Llegué, 4821", arrived()));
        rows.add(defender("LLEGUÉ 4821", arrived()));
        rows.add(defender("YA LLEGUE 4821", arrived()));
        rows.add(defender("ya llegué 4821 todo bien", arrived()));
        rows.add(defender("ARRIVED 4821", arrived()));
        rows.add(defender("arrived: 4821", arrived()));
        rows.add(defender("llegue4821", arrived()));
        rows.add(defender("llegué, mi pin es 4821", arrived()));
        rows.add(defender("LLEGUE 48211", arrived()));
        rows.add(defender("LLEGUE", UNRECOGNISED));
        rows.add(defender("ya llegue", UNRECOGNISED));
        rows.add(defender("llegue a casa", UNRECOGNISED));
        rows.add(defender("llegue a la 5a avenida", UNRECOGNISED));

        // A defender cannot answer as a responder.
        rows.add(defender("OK", UNRECOGNISED));
        rows.add(defender("OK 4821", UNRECOGNISED));
        rows.add(defender("1", UNRECOGNISED));
        rows.add(defender("no", UNRECOGNISED));
        rows.add(defender("RESUELTO 4821", UNRECOGNISED));

        // Noise.
        rows.add(defender("hola", UNRECOGNISED));
        rows.add(defender("???", UNRECOGNISED));
        rows.add(defender("", UNRECOGNISED));
        rows.add(defender("   \n\t ", UNRECOGNISED));
        rows.add(defender("😀😀😀", UNRECOGNISED));
        rows.add(defender("🆘", UNRECOGNISED));
        rows.add(defender("4821", UNRECOGNISED));
        rows.add(defender("Помогите", UNRECOGNISED));
        rows.add(defender("ЅОЅ", UNRECOGNISED));
        rows.add(defender("النجدة", UNRECOGNISED));
        rows.add(defender("עזרה", UNRECOGNISED));
        rows.add(defender("'; DROP TABLE alerts;--", UNRECOGNISED));
        rows.add(defender("<script>alert(1)</script>", UNRECOGNISED));
        rows.add(defender("%s%s%s%n", UNRECOGNISED));
        rows.add(defender("a".repeat(5000), UNRECOGNISED));

        // A responder answers an alert, with or without its code.
        rows.add(responder("OK", ack()));
        rows.add(responder("ok", ack()));
        rows.add(responder("Ok.", ack()));
        rows.add(responder("OK 4821", ack("4821")));
        rows.add(responder("ok #4821", ack("4821")));
        rows.add(responder("OK4821", ack("4821")));
        rows.add(responder("ok, 4821", ack("4821")));
        rows.add(responder("1", ack()));
        rows.add(responder("1 4821", ack("4821")));
        rows.add(responder("ACK 4821", ack("4821")));
        rows.add(responder("ack", ack()));
        rows.add(responder("Sí", ack()));
        rows.add(responder("SI 4821", ack("4821")));
        rows.add(responder("yes 4821", ack("4821")));
        rows.add(responder("Okey", ack()));
        rows.add(responder("okay 4821", ack("4821")));
        rows.add(responder("O.K.", ack()));
        rows.add(responder("ok gracias", ack()));
        rows.add(responder("Ok voy para allá", ack()));
        rows.add(responder("ok 10 min", ack()));
        rows.add(responder("OK código 4821", ack("4821")));
        rows.add(responder("ok alerta 4821", ack("4821")));
        rows.add(responder("OK 4821 voy en camino", ack("4821")));
        rows.add(responder("ok 0482", ack("0482")));
        rows.add(responder("ok 482", ack("482")));
        rows.add(responder("1️⃣", ack()));
        rows.add(responder("ok 123456789", UNRECOGNISED));
        rows.add(responder("okkk", UNRECOGNISED));
        rows.add(responder("NO", decline()));
        rows.add(responder("no 4821", decline("4821")));
        rows.add(responder("No puedo, estoy fuera", decline()));
        rows.add(responder("2", decline()));
        rows.add(responder("2 4821", decline("4821")));
        rows.add(responder("NO #4821", decline("4821")));
        rows.add(responder("RESUELTO 4821", resolve("4821")));
        rows.add(responder("resuelta 4821", resolve("4821")));
        rows.add(responder("Resolved #4821", resolve("4821")));
        rows.add(responder("resuelto: 4821 ya está a salvo", resolve("4821")));
        rows.add(responder("RESUELTO", UNRECOGNISED));
        rows.add(responder("resuelto ya", UNRECOGNISED));
        rows.add(responder("resuelto 12", UNRECOGNISED));
        // A responder cannot raise or cancel an alert by SMS.
        rows.add(responder("SOS", UNRECOGNISED));
        rows.add(responder("ayuda", UNRECOGNISED));
        rows.add(responder("mariposa", UNRECOGNISED));
        rows.add(responder("BIEN 4821", UNRECOGNISED));
        rows.add(responder("VOY 30", UNRECOGNISED));
        rows.add(responder("hola", UNRECOGNISED));
        rows.add(responder("4821", UNRECOGNISED));
        rows.add(responder("👍", UNRECOGNISED));
        rows.add(responder("k", UNRECOGNISED));
        rows.add(responder("¿?", UNRECOGNISED));
        rows.add(responder("", UNRECOGNISED));

        // An unknown number: a panic keyword only; never a code word or a command.
        rows.add(unknown("SOS", panic("")));
        rows.add(unknown("ayuda me siguen", panic("me siguen")));
        rows.add(unknown("Help", panic("")));
        rows.add(unknown("AUXILIO!!!", panic("")));
        rows.add(unknown("s.o.s", panic("")));
        rows.add(unknown("SOCORRO, barrio San José", panic("barrio San José")));
        rows.add(unknown("mariposa", UNRECOGNISED));
        rows.add(unknown("BIEN 4821", UNRECOGNISED));
        rows.add(unknown("OK 4821", UNRECOGNISED));
        rows.add(unknown("REPORTE algo pasó", UNRECOGNISED));
        rows.add(unknown("VOY 30", UNRECOGNISED));
        rows.add(unknown("necesito ayuda", UNRECOGNISED));
        rows.add(unknown("hola", UNRECOGNISED));
        rows.add(unknown("", UNRECOGNISED));
        return rows.stream();
    }

    @Nested
    class Inputs {

        @ParameterizedTest
        @EnumSource(SenderKind.class)
        void aMissingBodyReadsAsEmpty(SenderKind sender) {
            assertThat(SmsGrammar.read(null, sender, MARIPOSA)).isEqualTo(new Unrecognised(""));
        }

        @Test
        void aMissingSenderReadsAsAnUnknownNumber() {
            assertThat(SmsGrammar.read("SOS calle 5", null, MARIPOSA)).isEqualTo(new Panic("calle 5"));
            assertThat(SmsGrammar.read("mariposa", null, MARIPOSA)).isInstanceOf(Unrecognised.class);
            assertThat(SmsGrammar.read("BIEN 4821", null, MARIPOSA)).isInstanceOf(Unrecognised.class);
        }

        @Test
        void aMissingOrFailingCodeWordCheckReadsAsNoCodeWord() {
            Predicate<String> failing = word -> {
                throw new IllegalStateException("directory unavailable");
            };
            assertThat(SmsGrammar.read("mariposa", DEFENDER, null)).isInstanceOf(Unrecognised.class);
            assertThat(SmsGrammar.read("mariposa", DEFENDER, failing)).isInstanceOf(Unrecognised.class);
            assertThat(SmsGrammar.read("BIEN 4821", DEFENDER, failing)).isEqualTo(new Safe());
            assertThat(SmsGrammar.read("SOS", DEFENDER, failing)).isEqualTo(new Panic(""));
        }

        @Test
        void theCodeWordCheckIsGivenTheNormalisedFirstWordOnce() {
            List<String> asked = new ArrayList<>();
            SmsCommand command = SmsGrammar.read("¡¡MARIPÓSA!!, me llevan al río", DEFENDER, word -> {
                asked.add(word);
                return "mariposa".equals(word);
            });

            assertThat(command).isEqualTo(new Panic("me llevan al río"));
            assertThat(asked).containsExactly("mariposa");
        }

        @Test
        void theCodeWordIsNotAskedWhenAPanicKeywordComesFirst() {
            List<String> asked = new ArrayList<>();
            assertThat(SmsGrammar.read("SOS mariposa", DEFENDER, word -> asked.add(word)))
                    .isEqualTo(new Panic("mariposa"));
            assertThat(asked).isEmpty();
        }

        @Test
        void theCodeWordComesBeforeTheOtherCommands() {
            // A directory should refuse such a code word (see CodeWord.isUsable); if one slips through, a panic wins.
            assertThat(SmsGrammar.read("bien 4821", DEFENDER, "bien"::equals)).isEqualTo(new Panic("4821"));
        }

        @ParameterizedTest
        @EnumSource(value = SenderKind.class, names = {"RESPONDER", "UNKNOWN"})
        void onlyADefenderHasACodeWord(SenderKind sender) {
            List<String> asked = new ArrayList<>();
            SmsGrammar.read("mariposa", sender, word -> asked.add(word));
            assertThat(asked).isEmpty();
        }
    }

    @Nested
    class FreeText {

        @Test
        void panicTextIsKeptAsTypedAfterTheKeyword() {
            assertThat(SmsGrammar.read("sos: Me Llevan A Cobán, camión ROJO 🚚", DEFENDER, MARIPOSA))
                    .isEqualTo(new Panic("Me Llevan A Cobán, camión ROJO 🚚"));
        }

        @Test
        void unrecognisedTextIsTheMessageTrimmedOfSpacesOfAnyKind() {
            assertThat(SmsGrammar.read("\u00A0\n hola, ¿cómo estás?\t\u200B\u00A0", DEFENDER, MARIPOSA))
                    .isEqualTo(new Unrecognised("hola, ¿cómo estás?"));
        }

        @Test
        @Timeout(10)
        void onlyTheFirst1600CharactersAreRead() {
            String body = "SOS " + "x".repeat(1_000_000);

            SmsCommand command = SmsGrammar.read(body, DEFENDER, MARIPOSA);

            assertThat(command).isEqualTo(new Panic("x".repeat(SmsGrammar.MAX_LENGTH - 4)));
            assertThat(SmsGrammar.read("a".repeat(1_000_000), DEFENDER, MARIPOSA))
                    .isEqualTo(new Unrecognised("a".repeat(SmsGrammar.MAX_LENGTH)));
        }

        @Test
        void theLimitNeverCutsACharacterInTwo() {
            String body = "SOS " + "x".repeat(SmsGrammar.MAX_LENGTH - 5) + "😀😀";

            Panic panic = (Panic) SmsGrammar.read(body, DEFENDER, MARIPOSA);

            assertThat(panic.text()).endsWith("x").hasSize(SmsGrammar.MAX_LENGTH - 5);
        }

        @Test
        void aKeywordPastTheLimitIsNotRead() {
            assertThat(SmsGrammar.read(" ".repeat(SmsGrammar.MAX_LENGTH) + "SOS", UNKNOWN, MARIPOSA))
                    .isEqualTo(new Unrecognised(""));
        }

        @Test
        @Timeout(10)
        void worstCaseInputsAreReadWithoutRunawayWork() {
            // A guard against runaway work (a hang fails the test), not a benchmark.
            List<String> worst = List.of("a" + "\u0301".repeat(5000), "\uFDFA".repeat(2000), "s.".repeat(3000),
                    "bien" + "4".repeat(10_000), "voy " + "9".repeat(10_000), "ok " + "1".repeat(10_000));
            for (int i = 0; i < 100; i++) {
                for (String body : worst) {
                    for (SenderKind sender : SenderKind.values()) {
                        assertThat(SmsGrammar.readOrFail(body, sender, MARIPOSA)).isNotNull();
                    }
                }
            }
        }
    }

    @Nested
    class Commands {

        @Test
        void pinsNeverShowInText() {
            assertThat(SmsGrammar.read("BIEN 4821", DEFENDER, MARIPOSA).toString()).doesNotContain("4821");
            assertThat(SmsGrammar.read("ya llegué 48210000", DEFENDER, MARIPOSA).toString()).doesNotContain("4821");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "12", "123456789", "12a", "٤٨٢"})
        void anAlertCodeIsThreeToEightAsciiDigits(String code) {
            assertThatThrownBy(() -> new Resolve(code)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Acknowledge(Optional.of(code))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Decline(Optional.of(code))).isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1441, Integer.MAX_VALUE})
        void aCheckInLastsOneMinuteToOneDay(int minutes) {
            assertThatThrownBy(() -> new StartCheckIn(minutes)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void requiredValuesAreRequired() {
            assertThatThrownBy(() -> new Panic(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Report(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Unrecognised(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Acknowledge(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Decline(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Resolve(null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void boundsAreAccepted() {
            assertThat(new StartCheckIn(1).minutes()).isEqualTo(1);
            assertThat(new StartCheckIn(1440).minutes()).isEqualTo(1440);
            assertThat(new Resolve("012").alertCode()).isEqualTo("012");
            assertThat(new Acknowledge(Optional.of("12345678")).alertCode()).contains("12345678");
        }
    }

    @Nested
    class CodeWords {

        /** What the directory stores is the fingerprint of this normal form; here the form itself stands for it. */
        private Predicate<String> herCodeWord(String codeWord) {
            return CodeWord.normalise(codeWord)::equals;
        }

        @ParameterizedTest
        @ValueSource(strings = {"mariposa", "Mariposa", "  Maripósa! ", "colibrí", "Quetzal7", "ＭＡＲＩＰＯＳＡ", "7quetzal"})
        void aCodeWordTheDirectoryAcceptsIsReadAsHerPanicAsSheTypesIt(String codeWord) {
            assertThat(CodeWord.isUsable(codeWord)).isTrue();
            assertThat(SmsGrammar.read(codeWord, DEFENDER, herCodeWord(codeWord))).isEqualTo(new Panic(""));
            assertThat(SmsGrammar.read(codeWord.toUpperCase() + " me siguen", DEFENDER, herCodeWord(codeWord)))
                    .isEqualTo(new Panic("me siguen"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"¡¡MARIPÓSA!!, me llevan al río", "Quetzal7 hola", "  ＭＡＲＩＰＯＳＡ", "colibrí"})
        void theFirstWordIsTheWordHerCodeWordIsLookedFor(String body) {
            List<String> asked = new ArrayList<>();
            SmsGrammar.read(body, DEFENDER, word -> !asked.add(word));

            assertThat(asked).containsExactly(SmsGrammar.firstWord(body));
            assertThat(SmsGrammar.firstWord(body)).isEqualTo(CodeWord.normalise(body).split(" ")[0]);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "¡¡!!", "🚨"})
        void aMessageWithoutWordsHasNoFirstWord(String body) {
            assertThat(SmsGrammar.firstWord(body)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"bien4821", "ok4821", "voy30", "llegue1234"})
        void aCodeWordTheDirectoryRefusesWouldBeReadAsACommand(String codeWord) {
            assertThat(CodeWord.isUsable(codeWord)).isFalse();
            assertThat(SmsGrammar.read(codeWord, DEFENDER, herCodeWord(codeWord))).isNotEqualTo(new Panic(""));
        }
    }

    @Nested
    class Card {

        /** Every example in the tables of docs/sms-card.md reads as a command of the person it is written for. */
        @Test
        void everyExampleOfTheTrainersCardIsUnderstood() throws IOException {
            SenderKind table = null;
            int examples = 0;
            for (String line : Files.readAllLines(cardPath())) {
                if (line.startsWith("### ")) {
                    table = line.contains("Defensora") || line.contains("Defender") ? DEFENDER : RESPONDER;
                } else if (table != null && line.startsWith("|") && !line.startsWith("|---")) {
                    String[] cells = line.split("\\|");
                    Matcher example = Pattern.compile("`([^`]+)`").matcher(cells[cells.length - 1]);
                    while (example.find()) {
                        assertThat(SmsGrammar.read(example.group(1), table, MARIPOSA)).as(example.group(1))
                                .isNotInstanceOf(Unrecognised.class);
                        examples++;
                    }
                }
            }
            assertThat(examples).as("examples found in the card").isGreaterThanOrEqualTo(18);
        }

        private static Path cardPath() {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path card = dir.resolve("docs/sms-card.md");
                if (Files.exists(card)) {
                    return card;
                }
            }
            throw new IllegalStateException("docs/sms-card.md not found above " + Path.of("").toAbsolutePath());
        }
    }

    private static Arguments defender(String body, SmsCommand expected) {
        return row(DEFENDER, body, expected);
    }

    private static Arguments responder(String body, SmsCommand expected) {
        return row(RESPONDER, body, expected);
    }

    private static Arguments unknown(String body, SmsCommand expected) {
        return row(UNKNOWN, body, expected);
    }

    private static Arguments row(SenderKind sender, String body, SmsCommand expected) {
        Object shown = expected == UNRECOGNISED ? Named.of("Unrecognised", expected) : expected;
        return Arguments.of(sender, Named.of(visible(body), body), shown);
    }

    /** The body as a test name: quoted, with invisible characters spelled out and long bodies shortened. */
    private static String visible(String body) {
        StringBuilder shown = new StringBuilder("«");
        body.codePoints().limit(60).forEach(c -> {
            if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\t') {
                shown.append("\\t");
            } else if (Character.isWhitespace(c) && c != ' ' || Character.isSpaceChar(c) && c != ' '
                    || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        if (body.codePointCount(0, body.length()) > 60) {
            shown.append("… (").append(body.length()).append(" chars)");
        }
        return shown.append('»').toString();
    }

    private static SmsCommand panic(String text) {
        return new Panic(text);
    }

    private static SmsCommand report(String text) {
        return new Report(text);
    }

    private static SmsCommand safe() {
        return new Safe();
    }

    private static SmsCommand checkIn(int minutes) {
        return new StartCheckIn(minutes);
    }

    private static SmsCommand arrived() {
        return new Arrived();
    }

    private static SmsCommand ack() {
        return new Acknowledge(Optional.empty());
    }

    private static SmsCommand ack(String code) {
        return new Acknowledge(Optional.of(code));
    }

    private static SmsCommand decline() {
        return new Decline(Optional.empty());
    }

    private static SmsCommand decline(String code) {
        return new Decline(Optional.of(code));
    }

    private static SmsCommand resolve(String code) {
        return new Resolve(code);
    }
}
