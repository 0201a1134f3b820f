package org.centinela.escalation.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.centinela.escalation.domain.policy.Violation;
import org.junit.jupiter.api.Test;

class DefenderDraftTest {

    private static DefenderDraft marta(String pin, String duressPin, String codeWord) {
        return new DefenderDraft("Marta", "5512 3456", "quc", "GT", "gt-default", pin, duressPin, codeWord, 2, null, null, null, null);
    }

    @Test
    void aSoundDraftGivesHerProfileAndRepliesByDefault() {
        Defender.Profile profile = marta("4821", "9173", "Mariposa").toProfile("GT", true, "gt-default"::equals);

        assertThat(profile.phone()).isEqualTo("+50255123456");
        assertThat(profile.language()).isEqualTo("quc");
        assertThat(profile.smsReplies()).isTrue();
        assertThat(profile.baselineRisk()).isEqualTo(2);
    }

    @Test
    void herAliasAndOrganisationAreOptionalStrippedAndBounded() {
        DefenderDraft named = new DefenderDraft("Marta Xol Caal", "5512 3456", "quc", "GT", "gt-default", "4821",
                "9173", null, 2, null, " Doña Marta ", "Colectiva Mujeres de Cobán", null);
        Defender.Profile profile = named.toProfile("GT", true, id -> true);
        assertThat(profile.alias()).isEqualTo("Doña Marta");
        assertThat(profile.organisation()).isEqualTo("Colectiva Mujeres de Cobán");
        assertThat(profile.displayName()).isEqualTo("Doña Marta");

        Defender.Profile unnamed = marta("4821", "9173", null).toProfile("GT", true, id -> true);
        assertThat(unnamed.alias()).isNull();
        assertThat(unnamed.displayName()).isEqualTo("Marta");
        DefenderDraft blank = new DefenderDraft("Marta", "5512 3456", "quc", "GT", "gt-default", "4821", "9173", null,
                2, null, "  ", "", null);
        assertThat(blank.toProfile("GT", true, id -> true)).extracting(Defender.Profile::alias,
                Defender.Profile::organisation).containsExactly(null, null);

        DefenderDraft tooLong = new DefenderDraft("Marta", "5512 3456", "quc", "GT", "gt-default", "4821", "9173", null,
                2, null, "a".repeat(101), "o".repeat(201), null);
        assertThatThrownBy(() -> tooLong.toProfile("GT", true, id -> true))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                .containsExactly(tuple("alias", "too-long", List.of("100")),
                                        tuple("organisation", "too-long", List.of("200"))));
        assertThat(new DefenderDraft("Marta", "5512 3456", "quc", "GT", "gt-default", "4821", "9173", null, 2, null,
                "a".repeat(100), "o".repeat(200), null).toProfile("GT", true, id -> true)).isNotNull();
    }

    @Test
    void creatingNeedsBothPinsEditingDoesNot() {
        assertThatThrownBy(() -> marta(null, null, null).toProfile("GT", true, id -> true))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code)
                                .containsExactly(tuple("pin", "required"), tuple("duressPin", "required")));
        assertThat(marta(null, null, null).toProfile("GT", false, id -> true).policyId()).isEqualTo("gt-default");
    }

    @Test
    void pinsAreFourToEightDigitsAndDiffer() {
        for (String bad : new String[] {"123", "123456789", "12a4", "١٢٣٤"}) {
            assertThatThrownBy(() -> marta(bad, "9173", null).toProfile("GT", true, id -> true))
                    .as(bad).isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                            assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                    .containsExactly(tuple("pin", "not-a-pin", List.of("4", "8"))));
        }
        assertThatThrownBy(() -> marta("4821", "4821", null).toProfile("GT", true, id -> true))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                .containsExactly(tuple("duressPin", "duress-same-as-pin", List.of())));
        assertThat(marta("12345678", "0000", null).toProfile("GT", true, id -> true)).isNotNull();
    }

    @Test
    void aCodeWordTheSmsGrammarWouldNotReadAsHersIsRefusedAndAnEmptyOneRemovesIt() {
        assertThatThrownBy(() -> marta("4821", "9173", "SOS").toProfile("GT", true, id -> true))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused -> {
                    assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                            .containsExactly(tuple("codeWord", "code-word-command", List.of()));
                    assertThat(refused.getMessage()).doesNotContain("SOS ");
                });
        DefenderDraft removing = marta(null, null, "");
        assertThat(removing.toProfile("GT", false, id -> true)).isNotNull();
        assertThat(removing.removesCodeWord()).isTrue();
        assertThat(removing.hasCodeWord()).isFalse();
    }

    @Test
    void herPolicyMustExistAndHerCountryAndLanguageMustBeCodes() {
        DefenderDraft draft = new DefenderDraft("Marta", "5512 3456", "Español", "Guatemala", "gt-default", "4821",
                "9173", null, 0, false, null, null, null);
        assertThatThrownBy(() -> draft.toProfile("GT", true, id -> false))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                .containsExactly(
                                        tuple("language", "not-a-language", List.of()),
                                        tuple("country", "not-a-country", List.of()),
                                        tuple("policyId", "unknown-policy", List.of("gt-default"))));
    }

    @Test
    void aCodeWordOfTwoWordsAMissingPolicyAndAnUnknownBaselineRiskAreNamedByTheirRules() {
        DefenderDraft draft = new DefenderDraft("Marta", "5512 3456", "quc", "", " ", "4821", "9173", "dos palabras",
                4, null, null, null, null);
        assertThatThrownBy(() -> draft.toProfile("GT", true, id -> true))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused -> {
                    assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                            .containsExactly(
                                    tuple("country", "required", List.of()),
                                    tuple("policyId", "required", List.of()),
                                    tuple("codeWord", "code-word-not-one-word", List.of()),
                                    tuple("baselineRisk", "out-of-range", List.of("0", "3")));
                    assertThat(refused.violations()).extracting(Violation::args).noneMatch(args -> args.contains("dos"));
                });
        assertThatThrownBy(() -> new DefenderDraft("Marta", "5512 3456", "quc", "GT", "not an id", "4821", "9173",
                "yo", null, null, null, null, null).toProfile("GT", true, id -> true))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                .containsExactly(
                                        tuple("policyId", "not-an-id", List.of()),
                                        tuple("codeWord", "code-word-length", List.of("3", "40")),
                                        tuple("baselineRisk", "required", List.of())));
    }

    @Test
    void aCodeWordForASeizedPhoneFollowsTheGrammarsRulesAndDiffersFromHerCodeWord() {
        DefenderDraft command = new DefenderDraft("Marta", "5512 3456", "quc", "GT", "gt-default", "4821", "9173",
                "mariposa", 2, null, null, null, "AYUDA");
        assertThatThrownBy(() -> command.toProfile("GT", true, id -> true))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                .containsExactly(tuple("seizedCodeWord", "code-word-command", List.of())));
        DefenderDraft same = new DefenderDraft("Marta", "5512 3456", "quc", "GT", "gt-default", "4821", "9173",
                "Maripósa", 2, null, null, null, "¡mariposa!");
        assertThatThrownBy(() -> same.toProfile("GT", true, id -> true))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                .containsExactly(tuple("seizedCodeWord", "seized-same-as-code-word", List.of())));
        DefenderDraft sound = new DefenderDraft("Marta", "5512 3456", "quc", "GT", "gt-default", "4821", "9173",
                "mariposa", 2, null, null, null, "colibri");
        assertThat(sound.toProfile("GT", true, id -> true)).isNotNull();
        assertThat(sound.hasSeizedCodeWord()).isTrue();
        DefenderDraft removing = new DefenderDraft("Marta", "5512 3456", "quc", "GT", "gt-default", null, null, null,
                2, null, null, null, "");
        assertThat(removing.toProfile("GT", false, id -> true)).isNotNull();
        assertThat(removing.removesSeizedCodeWord()).isTrue();
        assertThat(removing.hasSeizedCodeWord()).isFalse();
    }
}
