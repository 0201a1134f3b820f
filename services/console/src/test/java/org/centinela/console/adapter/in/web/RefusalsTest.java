package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.centinela.console.domain.network.EntryRefused;
import org.centinela.console.domain.network.EntryErrors;
import org.centinela.console.domain.FieldProblem;
import org.centinela.console.domain.TriageRefused;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    private final Map<String, String> english = new Texts().in("en");

    @Test
    void brokenRulesAreShownNextToTheirFieldsUnderOneLineAtTheTop() {
        EntryRefused refused = new EntryRefused(false, "phone must be a valid phone number",
                List.of(new FieldProblem("phone", "phone must be a valid phone number, in E.164 (+502…) or of region GT")));

        EntryErrors errors = Refusals.onForm(refused, NetworkPages.RESPONDER_FIELDS, english);

        assertThat(errors.of("phone")).isEqualTo("must be a valid phone number, in E.164 (+502…) or of region GT");
        assertThat(errors.general()).containsExactly("Not saved: check the fields marked.");
    }

    @Test
    void escalationsCodedRulesAreSaidInTheReadersLanguageNextToTheirFields() {
        EntryRefused refused = new EntryRefused(false, "2 fields are wrong", List.of(
                new FieldProblem("phone", "phone must be a valid phone number, in E.164 (+502…) or of region GT",
                        "not-a-phone", List.of("GT")),
                new FieldProblem("channels[1]", "channels[1] repeats a channel", "repeated", List.of())));

        EntryErrors errors = Refusals.onForm(refused, NetworkPages.RESPONDER_FIELDS, new Texts().in("es"));

        assertThat(errors.of("phone"))
                .isEqualTo("debe ser un número de teléfono válido, en formato internacional (+502…) o de la región GT");
        assertThat(errors.of("channels")).isEqualTo("está repetido");
        assertThat(errors.general()).containsExactly("No se guardó: revisa los campos marcados.");
    }

    @Test
    void aClearingWithoutHowSheWasVerifiedIsSaidBesideThatInputInTheReadersLanguage() {
        EntryRefused refused = new EntryRefused(false, "verification must not be blank",
                List.of(new FieldProblem("verification", "verification must not be blank", "blank", List.of())));

        EntryErrors errors = Refusals.onForm(refused, SeizedPhonePages.CLEAR_FIELDS, new Texts().in("es"));

        assertThat(errors.of("verification")).isEqualTo("no puede quedar vacío");
        assertThat(errors.general()).containsExactly("No se guardó: revisa los campos marcados.");
    }

    @Test
    void anActionWithoutInputsThatEscalationRefusedSaysWhatWasNotDoneAndWhy() {
        EntryErrors withReason = Refusals.ofAction(new EntryRefused(true, "her phone is marked seized", List.of()),
                english.get("netDevicesRefused"));
        EntryErrors without = Refusals.ofAction(new EntryRefused(false, "", List.of()), english.get("netDevicesRefused"));

        assertThat(withReason.general()).containsExactly("Escalation did not do it:", "her phone is marked seized");
        assertThat(without.general()).containsExactly("Escalation did not do it:");
        assertThat(withReason.byField()).isEmpty();
    }

    @Test
    void aPhoneSomeoneElseHasIsSaidPlainlyAtTheTopAndAtThePhone() {
        EntryRefused refused = new EntryRefused(true, "phone is already the number of another person of the directory",
                List.of(new FieldProblem("phone", "phone is already the number of another person of the directory")));

        EntryErrors errors = Refusals.onForm(refused, NetworkPages.DEFENDER_FIELDS, english);

        assertThat(errors.general()).containsExactly("Not saved: this phone already belongs to someone in the network.");
        assertThat(errors.of("phone")).isEqualTo("Not saved: this phone already belongs to someone in the network.");
    }

    @Test
    void aConflictAboutTheWholeRecordIsExplainedByEscalationsWords() {
        EntryRefused refused = new EntryRefused(true, "the group was changed meanwhile; read it and try again", List.of());

        EntryErrors errors = Refusals.onForm(refused, NetworkPages.GROUP_FIELDS, english);

        assertThat(errors.byField()).isEmpty();
        assertThat(errors.general()).containsExactly("Not saved: it conflicts with the network as it is.",
                "the group was changed meanwhile; read it and try again");
    }

    @Test
    void aRefusalThatNamesNoFieldStillSaysWhy() {
        EntryErrors errors = Refusals.onForm(new EntryRefused(false, "The body is not valid JSON", List.of()),
                NetworkPages.RESPONDER_FIELDS, english);

        assertThat(errors.general()).containsExactly("The request is not valid.", "The body is not valid JSON");
    }

    @Test
    void aNewGroupWithTheIdOfAnotherIsSaidPlainlyInHerLanguage() {
        EntryRefused refused = new EntryRefused(true, "groupId names another group already",
                List.of(new FieldProblem("groupId", "groupId names another group already")));

        EntryErrors errors = Refusals.onForm(refused, NetworkPages.GROUP_FIELDS, new Texts().in("es"));

        assertThat(errors.of("groupId")).isEqualTo("No se guardó: ya hay un grupo con ese identificador.");
    }
    @Test
    void anAlertNoLongerHeldIsSaidAtTheTopOfTheTriageFormsInTheReadersLanguage() {
        TriageRefused refused = new TriageRefused(true, List.of(new FieldProblem("",
                "the alert is not held for triage", "not-held", List.of())));

        EntryErrors spanish = Refusals.onTriage(refused, new Texts().in("es"));
        EntryErrors inEnglish = Refusals.onTriage(refused, english);

        assertThat(spanish.byField()).isEmpty();
        assertThat(spanish.general()).containsExactly("Escalation no lo hizo: la alerta ya no está como estaba.",
                "esta alerta ya no está retenida por verificar: alguien ya decidió sobre ella");
        assertThat(inEnglish.general()).containsExactly("Escalation did not do it: the alert is not as it was.",
                "this alert is no longer held for triage: someone has already decided on it");
    }

    @Test
    void anOpenAlertOfTheDefenderIsSaidBesideHerChoiceWhenEscalationNamesThatField() {
        TriageRefused refused = new TriageRefused(true, List.of(new FieldProblem("defenderId",
                "defenderId already has an alert that is not over", "open-alert-exists", List.of())));

        EntryErrors errors = Refusals.onTriage(refused, english);

        assertThat(errors.of("defenderId")).isEqualTo("she already has an alert that is not over: go to that alert instead");
        assertThat(errors.general()).containsExactly("Escalation did not do it: the alert is not as it was.");
    }

    @Test
    void brokenRulesGoBesideTheirInputsAndWhatTheConsoleHasNoWordsForKeepsEscalationsSentence() {
        TriageRefused refused = new TriageRefused(false, List.of(
                new FieldProblem("reason", "reason must not be blank", "blank", List.of()),
                new FieldProblem("name", "name must be at most 200 characters", "too-long", List.of("200")),
                new FieldProblem("action", "action must be ATTACH, OPEN or DISMISS", "triage-action", List.of()),
                new FieldProblem("", "the body is not valid JSON")));

        EntryErrors errors = Refusals.onTriage(refused, new Texts().in("es"));

        assertThat(errors.of("reason")).isEqualTo("no puede quedar vacío");
        assertThat(errors.of("name")).isEqualTo("admite como máximo 200 caracteres");
        assertThat(errors.general()).containsExactly("Escalation no lo hizo: revisa los campos marcados.",
                "action must be ATTACH, OPEN or DISMISS", "the body is not valid JSON");
    }
}
