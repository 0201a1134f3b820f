package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.centinela.console.domain.network.EntryRefused;
import org.centinela.console.domain.network.EntryErrors;
import org.centinela.console.domain.FieldProblem;
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
}
