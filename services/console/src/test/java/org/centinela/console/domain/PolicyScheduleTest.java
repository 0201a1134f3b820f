package org.centinela.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.centinela.console.adapter.in.web.Texts;
import org.centinela.contracts.alert.BriefDisclosure;
import org.junit.jupiter.api.Test;

class PolicyScheduleTest {

    private static final Texts TEXTS = new Texts();

    private static final Function<String, List<String>> NAMES = target -> switch (target) {
        case "group:trusted-marta" -> List.of("Ana", "Luis");
        case "group:unidad" -> List.of("Rosa", "Ana", "Carmen");
        case "responder:lucia" -> List.of("Lucía");
        default -> List.of(target.substring(target.indexOf(':') + 1));
    };

    private static Policy guatemala() {
        Map<String, Integer> starts = new LinkedHashMap<>();
        starts.put("LOW", 1);
        starts.put("ELEVATED", 1);
        starts.put("HIGH", 1);
        starts.put("CRITICAL", 2);
        return new Policy("gt", 3, "Guatemala default", List.of(
                new Policy.Level("Trusted contacts", List.of("group:trusted-marta"), List.of("SMS", "VOICE"), 2,
                        Duration.ofMinutes(2), Duration.ofMinutes(1), BriefDisclosure.ON_CONTACT),
                new Policy.Level("Protection unit", List.of("group:unidad", "responder:lucia"),
                        List.of("SMS", "VOICE", "EMAIL"), 1, Duration.ofMinutes(5), null, BriefDisclosure.ON_ACK)),
                starts, null);
    }

    @Test
    void readsThePolicyLevelByLevelInEnglish() {
        PolicySchedule schedule = PolicySchedule.of(guatemala(), NAMES, TEXTS.in("en"));

        assertThat(schedule.lines()).containsExactly(
                "0:00 SMS and call to Ana and Luis (level 1: Trusted contacts)",
                "her name, words and place: with the first contact",
                "every 1:00 again to whoever has not answered",
                "2:00 without 2 answers → level 2: Protection unit, SMS, call and e-mail to Rosa, Ana, Carmen and Lucía",
                "her name, words and place: to each once she answers \"I'm on it\"",
                "7:00 without 1 answer after the last level: the operators on duty are paged, with her name, words and"
                        + " place, again every 5:00, and the last level keeps repeating",
                "it ends when as many people of one level as its quorum answer RESOLVED, or an operator closes it",
                "after her duress PIN, only an operator closes it, saying how she verified her");
    }

    @Test
    void readsThePolicyLevelByLevelInSpanish() {
        PolicySchedule schedule = PolicySchedule.of(guatemala(), NAMES, TEXTS.in("es"));

        assertThat(schedule.lines()).containsExactly(
                "0:00 SMS y llamada a Ana y Luis (nivel 1: Trusted contacts)",
                "su nombre, sus palabras y el lugar: con el primer contacto",
                "cada 1:00 otra vez a quien no haya respondido",
                "2:00 sin 2 respuestas → nivel 2: Protection unit, SMS, llamada y correo a Rosa, Ana, Carmen y Lucía",
                "su nombre, sus palabras y el lugar: a cada quien cuando responda «voy»",
                "7:00 sin 1 respuesta pasado el último nivel: se avisa a las operadoras de turno, con su nombre, sus"
                        + " palabras y el lugar, otra vez cada 5:00, y el último nivel se sigue repitiendo",
                "termina cuando tantas personas de un nivel como su quórum responden RESUELTO, o una operadora la"
                        + " cierra",
                "después de su PIN de coacción, solo una operadora la cierra, diciendo cómo la verificó");
    }

    @Test
    void saysWhereEachGradeStarts() {
        assertThat(PolicySchedule.of(guatemala(), NAMES, TEXTS.in("en")).starts()).containsExactly(
                "LOW starts at level 1, at 0:00",
                "ELEVATED starts at level 1, at 0:00",
                "HIGH starts at level 1, at 0:00",
                "CRITICAL starts at level 2, at 0:00 instead of 2:00: everything after comes 2:00 sooner");
        assertThat(PolicySchedule.of(guatemala(), NAMES, TEXTS.in("es")).starts()).last().isEqualTo(
                "CRÍTICA empieza en el nivel 2, a los 0:00 en lugar de a los 2:00: todo lo que sigue llega 2:00 antes");
    }

    @Test
    void countsDrillsInSecondsAndLongPoliciesInHours() {
        Policy drill = new Policy("drill", 1, "Drill", List.of(
                new Policy.Level("Quick", List.of("responder:ana"), List.of("SMS"), 1, Duration.ofSeconds(45),
                        Duration.ofSeconds(15), BriefDisclosure.NEVER),
                new Policy.Level("Slow", List.of("responder:luis"), List.of("EMAIL"), 1, Duration.ofMinutes(90), null,
                        null)),
                Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 2, "CRITICAL", 2), "OPERATOR");

        PolicySchedule schedule = PolicySchedule.of(drill, NAMES, TEXTS.in("en"));

        assertThat(schedule.lines()).containsExactly(
                "0:00 SMS to ana (level 1: Quick)",
                "her name, words and place: never by message, only the alert code and grade",
                "every 0:15 again to whoever has not answered",
                "0:45 without 1 answer → level 2: Slow, e-mail to luis",
                "her name, words and place: to each once she answers \"I'm on it\"",
                "1:30:45 without 1 answer after the last level: the operators on duty are paged, with her name, words"
                        + " and place, again every 1:30:00, and the last level keeps repeating",
                "it ends only when an operator closes it: anyone else's RESOLVED is recorded",
                "after her duress PIN, only an operator closes it, saying how she verified her");
        assertThat(schedule.starts()).contains(
                "HIGH starts at level 2, at 0:00 instead of 0:45: everything after comes 0:45 sooner");
    }

    @Test
    void aLevelThatReachesNobodyKnownSaysSo() {
        Policy empty = new Policy("p", 1, "P", List.of(new Policy.Level("Nobody yet", List.of(), List.of("SMS"), 1,
                Duration.ofMinutes(1), null, null)), Map.of("LOW", 3), null);

        PolicySchedule schedule = PolicySchedule.of(empty, NAMES, TEXTS.in("en"));

        assertThat(schedule.lines().get(0)).isEqualTo("0:00 SMS to nobody (level 1: Nobody yet)");
        assertThat(schedule.lines().get(1)).as("a level read without a rule has escalation's for the first")
                .isEqualTo("her name, words and place: with the first contact");
        assertThat(schedule.starts()).containsExactly("LOW starts at level 3, which this policy does not have");
        assertThat(empty.resolveBy()).as("a policy read without a rule has escalation's").isEqualTo("QUORUM");
    }
}
