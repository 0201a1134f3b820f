package org.centinela.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconMatchingTest {

    private static List<String> keywordCodes(RiskModel model, String text) {
        return RiskScorer.of(model).assess(SignalFacts.of(SignalType.REPORT, text)).factors().stream()
                .map(RiskFactor::code).filter(code -> code.startsWith("keyword.")).toList();
    }

    private static int score(RiskModel model, String text) {
        return RiskScorer.of(model).assess(SignalFacts.of(SignalType.REPORT, text)).score();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "amenaza", "Me AMENAZARON anoche", "recibí amenazas", "nos amenazó el alcalde", "la están amenazando",
        "quieren amenazarla", "¡¡Amenaza!!", "amenazada por el finquero"
    })
    void aWordMatchesInAnyOfItsFormsCaseAndAccents(String text) {
        RiskModel model = TestModels.spanishOnly(new LexiconEntry("amenaza", 15));

        assertThat(keywordCodes(model, text)).containsExactly("keyword.amenaza");
        assertThat(score(model, text)).isEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "hombres armados", "unos hombres armadas en la puerta", "HOMBRE ARMADO!!", "hombres, armados",
        "vi a dos hombres-armados"
    })
    void aPhraseMatchesItsWordsOneAfterTheOther(String text) {
        RiskModel model = TestModels.spanishOnly(new LexiconEntry("hombres armados", 25));

        assertThat(keywordCodes(model, text)).containsExactly("keyword.hombres-armados");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hombres muy armados", "armados hombres", "hombres", "armados", "hombres con armas"})
    void aPhraseDoesNotMatchItsWordsApartOrInAnotherOrder(String text) {
        RiskModel model = TestModels.spanishOnly(new LexiconEntry("hombres armados", 25));

        assertThat(keywordCodes(model, text)).isEmpty();
    }

    @Test
    void anEntryCountsOnceHoweverOftenItAppears() {
        RiskModel model = TestModels.spanishOnly(new LexiconEntry("amenaza", 15));

        assertThat(score(model, "amenaza, amenaza, amenazas y más amenazas")).isEqualTo(15);
    }

    @Test
    void everyEntryThatMatchesCountsEvenWhenTheyOverlap() {
        RiskModel model = TestModels.spanishOnly(
                new LexiconEntry("amenaza", 15), new LexiconEntry("amenaza de muerte", 25),
                new LexiconEntry("muerte", 20));

        assertThat(keywordCodes(model, "Recibió amenazas de muerte"))
                .containsExactly("keyword.amenaza", "keyword.amenaza-de-muerte", "keyword.muerte");
        assertThat(score(model, "Recibió amenazas de muerte")).isEqualTo(60);
    }

    @Test
    void factorsFollowTheLexiconOrderNotTheTextOrder() {
        RiskModel model = TestModels.spanishOnly(new LexiconEntry("secuestro", 30), new LexiconEntry("disparos", 30));

        assertThat(keywordCodes(model, "oímos disparos y luego el secuestro"))
                .containsExactly("keyword.secuestro", "keyword.disparos");
    }

    @Test
    void theLexiconThatFindsTheMostCountsSoATranslationIsNotCountedTwice() {
        RiskModel model = TestModels.keywordsOnly(
                Lexicon.of(new LexiconEntry("policía", 10), new LexiconEntry("me siguen", 15)),
                Lexicon.of(new LexiconEntry("police", 10), new LexiconEntry("armed men", 25)));

        assertThat(keywordCodes(model, "police everywhere")).as("'police' stems like 'policía'")
                .containsExactly("keyword.police");
        assertThat(score(model, "police everywhere")).isEqualTo(10);
        assertThat(keywordCodes(model, "la policía, me siguen"))
                .containsExactly("keyword.policia", "keyword.me-siguen");
        assertThat(keywordCodes(model, "me siguen armed men")).as("English finds more")
                .containsExactly("keyword.armed-men");
    }

    @Test
    void onATieTheFirstLanguageByCodeCounts() {
        RiskModel model = TestModels.keywordsOnly(
                Lexicon.of(new LexiconEntry("policía", 10)), Lexicon.of(new LexiconEntry("police", 10)));

        assertThat(keywordCodes(model, "policía police")).containsExactly("keyword.police");
    }

    @Test
    void aLanguageWithoutAStemmerMatchesTheFoldedWords() {
        RiskModel model = TestModels.keywordsOnly(Lexicon.of(), Lexicon.of())
                .withLexicon("mam", Lexicon.of(new LexiconEntry("K'ojb'il", 20)));

        assertThat(keywordCodes(model, "at jun k'ojb'il")).containsExactly("keyword.kojbil");
        assertThat(keywordCodes(model, "at jun kojbiles")).isEmpty();
    }

    @Test
    void entriesOfWeightZeroMatchButAddNoFactor() {
        RiskModel model = TestModels.spanishOnly(new LexiconEntry("policía", 0));

        assertThat(keywordCodes(model, "la policía")).isEmpty();
        assertThat(score(model, "la policía")).isZero();
    }

    @Test
    void noTextOrTextWithoutWordsFindsNothing() {
        RiskModel model = TestModels.spanishOnly(new LexiconEntry("amenaza", 15));

        assertThat(keywordCodes(model, null)).isEmpty();
        assertThat(keywordCodes(model, "")).isEmpty();
        assertThat(keywordCodes(model, "¡¿...?! 🚨")).isEmpty();
    }

    @Test
    void theFactorNamesThePhraseAsTheLexiconWritesItAndItsPoints() {
        RiskModel model = TestModels.spanishOnly(new LexiconEntry("Hombres Armados", 25));

        RiskFactor factor = RiskScorer.of(model).assess(SignalFacts.of(SignalType.REPORT, "hombres armados"))
                .factor("keyword.hombres-armados");

        assertThat(factor).isEqualTo(new RiskFactor("keyword.hombres-armados", 25, "keyword 'Hombres Armados' (+25)",
                List.of("Hombres Armados")));
    }

    @Test
    void aPhraseAtTheVeryEndOfALongTextIsFound() {
        RiskModel model = TestModels.spanishOnly(new LexiconEntry("hombres armados", 25));
        String text = "bla ".repeat(5000) + "hombres";

        assertThat(keywordCodes(model, text)).isEmpty();
        assertThat(keywordCodes(model, text + " armados")).containsExactly("keyword.hombres-armados");
    }

    @Test
    void lexiconsAreKeptByLanguageCodeInOrder() {
        RiskModel model = TestModels.keywordsOnly(Lexicon.of(), Lexicon.of())
                .withLexicon("mam", Lexicon.of()).withLexicon("kek", Lexicon.of());

        assertThat(model.lexicons().keySet()).containsExactly("en", "es", "kek", "mam");
        assertThat(model.lexicons()).isEqualTo(Map.of("es", Lexicon.of(), "en", Lexicon.of(),
                "mam", Lexicon.of(), "kek", Lexicon.of()));
    }
}
