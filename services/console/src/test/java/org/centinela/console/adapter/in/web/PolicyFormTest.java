package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centinela.console.domain.FieldProblem;
import org.centinela.console.domain.Policy;
import org.centinela.console.domain.PolicyRefused;
import org.centinela.contracts.alert.BriefDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyFormTest {

    private static final Map<String, String> EN = new Texts().in("en");

    /** The form as a browser posts it: two levels, the second without repeats. */
    static Map<String, List<String>> posted() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("name", List.of("Guatemala default"));
        form.put("levels[0].name", List.of("Trusted contacts"));
        form.put("levels[0].targets", List.of("group:trusted-marta\r\nresponder:ana"));
        form.put("levels[0].channels", List.of("VOICE", "SMS"));
        form.put("levels[0].quorum", List.of("1"));
        form.put("levels[0].escalateAfter", List.of("2m"));
        form.put("levels[0].repeatEvery", List.of("90s"));
        form.put("levels[0].brief", List.of("ON_CONTACT"));
        form.put("levels[1].name", List.of("Protection unit"));
        form.put("levels[1].targets", List.of("group:unidad"));
        form.put("levels[1].channels", List.of("SMS", "EMAIL", "VOICE"));
        form.put("levels[1].quorum", List.of(" 2 "));
        form.put("levels[1].escalateAfter", List.of("PT5M"));
        form.put("levels[1].repeatEvery", List.of(""));
        form.put("levels[1].brief", List.of("NEVER"));
        form.put("startLevelByGrade.LOW", List.of("1"));
        form.put("startLevelByGrade.ELEVATED", List.of("1"));
        form.put("startLevelByGrade.HIGH", List.of("1"));
        form.put("startLevelByGrade.CRITICAL", List.of("2"));
        form.put("action", List.of("save"));
        return form;
    }

    @ParameterizedTest
    @CsvSource({
        "levels[1].quorum, levels[1].quorum",
        "levels[0].targets[1], levels[0].targets",
        "levels[0].targets, levels[0].targets",
        "levels[2].channels[0], levels[2].channels",
        "levels[0].escalateAfter, levels[0].escalateAfter",
        "levels[0].repeatEvery, levels[0].repeatEvery",
        "levels[0].name, levels[0].name",
        "levels[1].brief, levels[1].brief",
        "levels[3], levels[3]",
        "levels, levels",
        "name, name",
        "startLevelByGrade.CRITICAL, startLevelByGrade.CRITICAL",
        "startLevelByGrade, startLevelByGrade",
        "startLevelByGrade.URGENT, ''",
        "version, ''",
        "'', ''",
        "levels[0].colour, ''"})
    void placesEachFieldPathOfEscalationOnTheFormFieldItBelongsTo(String path, String field) {
        assertThat(PolicyForm.fieldOf(path)).isEqualTo(field);
    }

    @Test
    void inputIdsAreTheFieldNamesWithoutBrackets() {
        assertThat(PolicyForm.inputId("levels[1].quorum")).isEqualTo("levels-1-quorum");
        assertThat(PolicyForm.inputId("levels[0]")).isEqualTo("levels-0");
        assertThat(PolicyForm.inputId("startLevelByGrade.CRITICAL")).isEqualTo("startLevelByGrade-CRITICAL");
    }

    @Test
    void readsThePostedFormIntoAPolicy() {
        PolicyForm.Reading reading = PolicyForm.submitted("gt", posted()).read(EN);

        assertThat(reading.readable()).isTrue();
        Policy policy = reading.policy();
        assertThat(policy.id()).isEqualTo("gt");
        assertThat(policy.levels()).containsExactly(
                new Policy.Level("Trusted contacts", List.of("group:trusted-marta", "responder:ana"), List.of("SMS", "VOICE"),
                        1, Duration.ofMinutes(2), Duration.ofSeconds(90), BriefDisclosure.ON_CONTACT),
                new Policy.Level("Protection unit", List.of("group:unidad"), List.of("SMS", "VOICE", "EMAIL"), 2,
                        Duration.ofMinutes(5), null, BriefDisclosure.NEVER));
        assertThat(policy.startLevelByGrade()).containsExactly(Map.entry("LOW", 1), Map.entry("ELEVATED", 1),
                Map.entry("HIGH", 1), Map.entry("CRITICAL", 2));
    }

    @Test
    void anUnreadableDurationOrNumberIsAnErrorOnItsFieldBeforeEscalationIsAsked() {
        Map<String, List<String>> form = posted();
        form.put("levels[0].escalateAfter", List.of("two minutes"));
        form.put("levels[1].repeatEvery", List.of("0s"));
        form.put("levels[1].quorum", List.of("many"));
        form.put("startLevelByGrade.HIGH", List.of("0"));

        PolicyForm.Reading reading = PolicyForm.submitted("gt", form).read(EN);

        assertThat(reading.readable()).isFalse();
        assertThat(reading.errors().byField()).containsOnlyKeys("levels[0].escalateAfter", "levels[1].repeatEvery",
                "levels[1].quorum", "startLevelByGrade.HIGH");
        assertThat(reading.errors().of("levels[0].escalateAfter")).containsExactly(EN.get("policy.error.duration"));
        assertThat(reading.errors().of("levels[1].quorum")).containsExactly(EN.get("policy.error.number"));
    }

    @Test
    void aNewPolicyNeedsAnIdThatCanBeAPath() {
        Map<String, List<String>> form = posted();
        form.put("id", List.of("guatemala default"));

        assertThat(PolicyForm.submitted(null, form).read(EN).errors().byField()).containsOnlyKeys("id");
        form.put("id", List.of("gt/default"));
        assertThat(PolicyForm.submitted(null, form).read(EN).errors().of("id")).containsExactly(EN.get("policy.error.id"));
        form.put("id", List.of(""));
        assertThat(PolicyForm.submitted(null, form).read(EN).errors().byField()).containsOnlyKeys("id");
        form.put("id", List.of("guatemala-default"));
        assertThat(PolicyForm.submitted(null, form).read(EN).policy().id()).isEqualTo("guatemala-default");
    }

    @Test
    void aPolicyFillsTheFormAsAnOperatorWouldTypeIt() {
        Policy policy = PolicyForm.submitted("gt", posted()).read(EN).policy();

        PolicyForm form = PolicyForm.of(policy);

        assertThat(form.levels().get(0).targets()).isEqualTo("group:trusted-marta\nresponder:ana");
        assertThat(form.levels().get(0).escalateAfter()).isEqualTo("2m");
        assertThat(form.levels().get(0).repeatEvery()).isEqualTo("1m30s");
        assertThat(form.levels().get(1).repeatEvery()).isEmpty();
        assertThat(form.read(EN).policy()).isEqualTo(policy);
    }

    @Test
    void aLevelCanBeAddedAndTheLastRemovedButNotTheOnlyOne() {
        PolicyForm form = PolicyForm.submitted("gt", posted());

        assertThat(form.withOneMoreLevel().levels()).hasSize(3).last().isEqualTo(
                new PolicyForm.LevelForm("", "", List.of("SMS"), "1", "", "", "ON_ACK"));
        assertThat(form.withoutLastLevel().levels()).hasSize(1);
        assertThat(PolicyForm.blank().withoutLastLevel().levels()).hasSize(1);
    }

    @Test
    void aNewLevelGetsEscalationsBriefRuleForItsPlaceTheFirstWithTheFirstContactLaterOnesOnceOnIt() {
        assertThat(PolicyForm.blank().levels()).extracting(PolicyForm.LevelForm::brief).containsExactly("ON_CONTACT");
        assertThat(PolicyForm.blank().withOneMoreLevel().withOneMoreLevel().levels())
                .extracting(PolicyForm.LevelForm::brief).containsExactly("ON_CONTACT", "ON_ACK", "ON_ACK");

        Map<String, List<String>> form = posted();
        form.remove("levels[0].brief");
        form.remove("levels[1].brief");
        assertThat(PolicyForm.submitted("gt", form).read(EN).policy().levels()).extracting(Policy.Level::brief)
                .as("a level sent without a rule has escalation's").containsExactly(BriefDisclosure.ON_CONTACT,
                        BriefDisclosure.ON_ACK);
    }

    @Test
    void aBriefRuleThatIsNoneOfTheThreeIsAnErrorOnItsSelect() {
        Map<String, List<String>> form = posted();
        form.put("levels[1].brief", List.of("ALWAYS"));

        PolicyForm.Reading reading = PolicyForm.submitted("gt", form).read(EN);

        assertThat(reading.readable()).isFalse();
        assertThat(reading.errors().of("levels[1].brief")).containsExactly(EN.get("policy.error.brief"));
    }

    @Test
    void eachLevelOffersTheThreeBriefRulesWithItsOwnChosenAndEscalationsRefusalBesideIt() {
        PolicyRefused refused = new PolicyRefused(List.of(new FieldProblem("levels[1].brief",
                "levels[1].brief must be one of ON_CONTACT, ON_ACK, NEVER, was 'SOMETIMES'", "not-one-of",
                List.of("ON_CONTACT, ON_ACK, NEVER", "SOMETIMES"))));

        PolicyEditor editor = PolicyEditor.of(PolicyForm.submitted("gt", posted()), FormErrors.of(refused, EN), true,
                false, EN);

        assertThat(editor.levels().get(0).briefs()).containsExactly(new PolicyEditor.Choice("ON_CONTACT", true),
                new PolicyEditor.Choice("ON_ACK", false), new PolicyEditor.Choice("NEVER", false));
        assertThat(editor.levels().get(1).briefs()).filteredOn(PolicyEditor.Choice::chosen)
                .extracting(PolicyEditor.Choice::rule).containsExactly("NEVER");
        assertThat(editor.levels().get(1).brief().errors()).containsExactly("must be one of ON_CONTACT, ON_ACK, NEVER");
        assertThat(editor.summary()).containsExactly(new PolicyEditor.SummaryLine("#levels-1-brief",
                "Level 2 · Her name, words and place", "must be one of ON_CONTACT, ON_ACK, NEVER"));
    }

    @Test
    void whoMayCloseAnAlertIsReadAndLeftOutIsEscalationsQuorum() {
        Map<String, List<String>> form = posted();
        form.put("resolveBy", List.of("OPERATOR"));
        assertThat(PolicyForm.submitted("gt", form).read(EN).policy().resolveBy()).isEqualTo("OPERATOR");

        form.remove("resolveBy");
        assertThat(PolicyForm.submitted("gt", form).read(EN).policy().resolveBy()).isEqualTo("QUORUM");
        assertThat(PolicyForm.blank().resolveBy()).isEqualTo("QUORUM");
        assertThat(PolicyForm.submitted("gt", posted()).withOneMoreLevel().withoutLastLevel().resolveBy())
                .isEqualTo(PolicyForm.submitted("gt", posted()).resolveBy());
    }

    @Test
    void whoMayCloseAnAlertThatIsNoneOfTheThreeIsAnErrorOnItsSelect() {
        Map<String, List<String>> form = posted();
        form.put("resolveBy", List.of("ANYONE"));

        PolicyForm.Reading reading = PolicyForm.submitted("gt", form).read(EN);

        assertThat(reading.readable()).isFalse();
        assertThat(reading.errors().of("resolveBy")).containsExactly(EN.get("policy.error.resolveBy"));
    }

    @Test
    void theEditorOffersWhoMayCloseAnAlertWithThePolicysChosenAndEscalationsRefusalBesideIt() {
        Map<String, List<String>> form = posted();
        form.put("resolveBy", List.of("ANY_RESPONDER"));
        PolicyRefused refused = new PolicyRefused(List.of(new FieldProblem("resolveBy",
                "resolveBy must be one of ANY_RESPONDER, QUORUM, OPERATOR, was 'x'", "not-one-of",
                List.of("ANY_RESPONDER, QUORUM, OPERATOR", "x"))));

        PolicyEditor editor = PolicyEditor.of(PolicyForm.submitted("gt", form), FormErrors.of(refused, EN), true,
                false, EN);

        assertThat(PolicyForm.fieldOf("resolveBy")).isEqualTo("resolveBy");
        assertThat(editor.closers()).containsExactly(new PolicyEditor.Choice("ANY_RESPONDER", true),
                new PolicyEditor.Choice("QUORUM", false), new PolicyEditor.Choice("OPERATOR", false));
        assertThat(editor.resolveBy().errors()).containsExactly("must be one of ANY_RESPONDER, QUORUM, OPERATOR");
        assertThat(editor.summary()).containsExactly(new PolicyEditor.SummaryLine("#resolveBy",
                "Who may close an alert", "must be one of ANY_RESPONDER, QUORUM, OPERATOR"));
    }

    @Test
    void escalationsRefusalShowsNextToEachFieldAndInTheSummary() {
        PolicyRefused refused = new PolicyRefused(List.of(
                new FieldProblem("levels[1].quorum", "3 is more than the 2 people level 2 reaches"),
                new FieldProblem("levels[0].targets[1]", "names an unknown responder 'ana'"),
                new FieldProblem("startLevelByGrade.CRITICAL", "must be a level 1..2, was 3"),
                new FieldProblem("", "something about the whole policy")));

        PolicyEditor editor = PolicyEditor.of(PolicyForm.submitted("gt", posted()), FormErrors.of(refused, EN), true, false, EN);

        PolicyEditor.Field quorum = editor.levels().get(1).quorum();
        assertThat(quorum.id()).isEqualTo("levels-1-quorum");
        assertThat(quorum.value()).isEqualTo(" 2 ");
        assertThat(quorum.errors()).containsExactly("3 is more than the 2 people level 2 reaches");
        assertThat(quorum.errorId()).isEqualTo("levels-1-quorum-error");
        assertThat(editor.levels().get(0).targets().errors()).containsExactly("names an unknown responder 'ana'");
        assertThat(editor.levels().get(0).quorum().invalid()).isFalse();
        assertThat(editor.starts().get(3).errors()).containsExactly("must be a level 1..2, was 3");
        assertThat(editor.summary()).containsExactly(
                new PolicyEditor.SummaryLine("#levels-1-quorum", "Level 2 · Quorum",
                        "3 is more than the 2 people level 2 reaches"),
                new PolicyEditor.SummaryLine("#levels-0-targets", "Level 1 · Whom it reaches",
                        "names an unknown responder 'ana'"),
                new PolicyEditor.SummaryLine("#startLevelByGrade-CRITICAL", "Start level by grade · CRITICAL",
                        "must be a level 1..2, was 3"),
                new PolicyEditor.SummaryLine("", "", "something about the whole policy"));
    }

    @Test
    void escalationsCodedRuleIsSaidInSpanishBesideItsInputWithoutItsPath() {
        PolicyRefused refused = new PolicyRefused(List.of(new FieldProblem("levels[1].quorum",
                "levels[1].quorum 3 is more than the 2 people level 2 reaches", "quorum-unreachable",
                List.of("3", "2", "2"))));
        Map<String, String> spanish = new Texts().in("es");

        PolicyEditor editor = PolicyEditor.of(PolicyForm.submitted("gt", posted()), FormErrors.of(refused, spanish),
                true, false, spanish);

        assertThat(editor.levels().get(1).quorum().errors())
                .containsExactly("el quórum (3) es mayor que las personas que alcanza el nivel 2 (2)");
    }
}
