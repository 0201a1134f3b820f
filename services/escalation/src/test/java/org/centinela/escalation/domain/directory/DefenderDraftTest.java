package org.centinela.escalation.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centinela.escalation.domain.policy.Violation;
import org.junit.jupiter.api.Test;

class DefenderDraftTest {

    private static DefenderDraft marta(String pin, String duressPin, String codeWord) {
        return new DefenderDraft("Marta", "5512 3456", "quc", "GT", "gt-default", pin, duressPin, codeWord, 2, null);
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
    void creatingNeedsBothPinsEditingDoesNot() {
        assertThatThrownBy(() -> marta(null, null, null).toProfile("GT", true, id -> true))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field).containsExactly("pin", "duressPin"));
        assertThat(marta(null, null, null).toProfile("GT", false, id -> true).policyId()).isEqualTo("gt-default");
    }

    @Test
    void pinsAreFourToEightDigitsAndDiffer() {
        for (String bad : new String[] {"123", "123456789", "12a4", "١٢٣٤"}) {
            assertThatThrownBy(() -> marta(bad, "9173", null).toProfile("GT", true, id -> true))
                    .as(bad).isInstanceOf(InvalidEntryException.class);
        }
        assertThatThrownBy(() -> marta("4821", "4821", null).toProfile("GT", true, id -> true))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field).containsExactly("duressPin"));
        assertThat(marta("12345678", "0000", null).toProfile("GT", true, id -> true)).isNotNull();
    }

    @Test
    void aCodeWordTheSmsGrammarWouldNotReadAsHersIsRefusedAndAnEmptyOneRemovesIt() {
        assertThatThrownBy(() -> marta("4821", "9173", "SOS").toProfile("GT", true, id -> true))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused -> {
                    assertThat(refused.violations()).extracting(Violation::field).containsExactly("codeWord");
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
                "9173", null, 0, false);
        assertThatThrownBy(() -> draft.toProfile("GT", true, id -> false))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field)
                                .containsExactly("language", "country", "policyId"));
    }
}
