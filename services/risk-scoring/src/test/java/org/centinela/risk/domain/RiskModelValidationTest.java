package org.centinela.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RiskModelValidationTest {

    private static final RiskModel DEFAULTS = RiskModel.defaults();

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Executable construction, String field) {
        return assertThatThrownBy(construction::execute)
                .isInstanceOf(InvalidRiskModelException.class)
                .satisfies(e -> assertThat(((InvalidRiskModelException) e).field()).isEqualTo(field))
                .hasMessageStartingWith(field + " ");
    }

    /** The refusal names the rule {@code code} with these arguments. */
    private static ThrowingConsumer<Throwable> rule(String code, String... args) {
        return e -> {
            InvalidRiskModelException refused = (InvalidRiskModelException) e;
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.args()).containsExactly(args);
        };
    }

    private static RiskModel model(Map<String, Lexicon> lexicons) {
        return new RiskModel(1, DEFAULTS.weights(), lexicons, List.of(), DEFAULTS.thresholds());
    }

    // --- the model -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void theVersionIsAtLeastOne(long version) {
        refused(() -> DEFAULTS.withVersion(version), "version")
                .hasMessage("version must be at least 1, was " + version)
                .satisfies(rule("too-small", "1", String.valueOf(version)));
    }

    @Test
    void everyPartIsRequired() {
        refused(() -> new RiskModel(1, null, DEFAULTS.lexicons(), List.of(), DEFAULTS.thresholds()), "weights")
                .hasMessage("weights must not be null")
                .satisfies(rule("required"));
        refused(() -> new RiskModel(1, DEFAULTS.weights(), null, List.of(), DEFAULTS.thresholds()), "lexicons")
                .hasMessage("lexicons must not be null");
        refused(() -> new RiskModel(1, DEFAULTS.weights(), DEFAULTS.lexicons(), null, DEFAULTS.thresholds()),
                "hotZones")
                .hasMessage("hotZones must not be null");
        refused(() -> new RiskModel(1, DEFAULTS.weights(), DEFAULTS.lexicons(), List.of(), null), "thresholds")
                .hasMessage("thresholds must not be null");
    }

    // --- weights ---------------------------------------------------------------------------------------------

    private static final List<String> WEIGHT_FIELDS = List.of("panic", "checkinMissed", "report", "alertLast30Days",
            "alertsLast30DaysCap", "repeatWithin10Minutes", "repeatsWithin10MinutesCap", "hotZone");

    /** The default weights with the {@code index}-th scalar weight set to {@code value}. */
    private static Weights weightsWith(int index, int value) {
        int[] w = {60, 55, 10, 5, 15, 10, 20, 15};
        w[index] = value;
        return new Weights(w[0], w[1], w[2], List.of(0, 5, 10, 20), w[3], w[4], w[5], w[6], w[7]);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"0, -1", "0, 101", "1, -1", "1, 101", "2, -5", "2, 1000", "3, -1", "3, 101", "4, -1", "4, 101",
        "5, -1", "5, 101", "6, -1", "6, 101", "7, -1", "7, 101"})
    void everyWeightIsAWholeNumber0To100(int index, int value) {
        String field = "weights." + WEIGHT_FIELDS.get(index);
        refused(() -> weightsWith(index, value), field).hasMessage(field + " must be 0..100, was " + value)
                .satisfies(rule("out-of-range", "0", "100", String.valueOf(value)));
    }

    @Test
    void everyWeightIsGivenRatherThanReadAs0() {
        IntStream.range(0, WEIGHT_FIELDS.size()).forEach(index -> {
            String field = "weights." + WEIGHT_FIELDS.get(index);
            refused(() -> weightsWithout(index), field).hasMessage(field + " must not be null")
                    .satisfies(rule("required"));
        });
    }

    /** The default weights without the {@code index}-th scalar weight. */
    private static Weights weightsWithout(int index) {
        Integer[] w = {60, 55, 10, 5, 15, 10, 20, 15};
        w[index] = null;
        return new Weights(w[0], w[1], w[2], List.of(0, 5, 10, 20), w[3], w[4], w[5], w[6], w[7]);
    }

    @Test
    void weightsOf0And100AreAccepted() {
        IntStream.range(0, WEIGHT_FIELDS.size()).forEach(index -> {
            assertThat(weightsWith(index, 0)).isNotNull();
            assertThat(weightsWith(index, 100)).isNotNull();
        });
    }

    private static Weights baseline(List<Integer> byLevel) {
        return new Weights(60, 55, 10, byLevel, 5, 15, 10, 20, 15);
    }

    @Test
    void theBaselineHasOneWeightPerLevelNeverDecreasing() {
        refused(() -> baseline(null), "weights.baselineByLevel").hasMessage("weights.baselineByLevel must not be null");
        refused(() -> baseline(List.of(0, 5, 10)), "weights.baselineByLevel")
                .hasMessage("weights.baselineByLevel must have 4 values, for levels 0 to 3, had 3")
                .satisfies(rule("baseline-level-count", "4", "3"));
        refused(() -> baseline(List.of(0, 5, 10, 20, 30)), "weights.baselineByLevel")
                .satisfies(rule("baseline-level-count", "4", "5"));
        refused(() -> baseline(Arrays.asList(0, null, 10, 20)), "weights.baselineByLevel[1]")
                .hasMessage("weights.baselineByLevel[1] must not be null")
                .satisfies(rule("null-element"));
        refused(() -> baseline(List.of(0, 5, 101, 120)), "weights.baselineByLevel[2]")
                .hasMessage("weights.baselineByLevel[2] must be 0..100, was 101");
        refused(() -> baseline(List.of(-1, 5, 10, 20)), "weights.baselineByLevel[0]");
        refused(() -> baseline(List.of(0, 10, 5, 20)), "weights.baselineByLevel[2]")
                .hasMessage("weights.baselineByLevel[2] must be at least weights.baselineByLevel[1]: a higher baseline "
                        + "risk never adds less")
                .satisfies(rule("baseline-decreasing", "weights.baselineByLevel[1]"));
        assertThat(baseline(List.of(0, 0, 0, 0)).baseline(3)).isZero();
        assertThat(baseline(List.of(7, 7, 100, 100)).baseline(2)).isEqualTo(100);
    }

    @Test
    void theBaselineListIsCopied() {
        List<Integer> byLevel = new ArrayList<>(List.of(0, 5, 10, 20));
        Weights weights = baseline(byLevel);
        byLevel.set(3, 99);

        assertThat(weights.baseline(3)).isEqualTo(20);
    }

    // --- thresholds ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "({0}, {1}, {2}): {3}")
    @CsvSource(delimiter = '|', value = {
        "0  | 55  | 80  | thresholds.elevated | thresholds.elevated must be 1..100, was 0 | out-of-range | 1;100;0",
        "30 | 101 | 102 | thresholds.high     | thresholds.high must be 1..100, was 101 | out-of-range | 1;100;101",
        "30 | 55  | 101 | thresholds.critical | thresholds.critical must be 1..100, was 101 | out-of-range | 1;100;101",
        "30 | 30  | 80  | thresholds.high     | thresholds.high must be greater than thresholds.elevated "
                + "| thresholds-not-increasing | thresholds.elevated",
        "30 | 29  | 80  | thresholds.high     | thresholds.high must be greater than thresholds.elevated "
                + "| thresholds-not-increasing | thresholds.elevated",
        "30 | 55  | 55  | thresholds.critical | thresholds.critical must be greater than thresholds.high "
                + "| thresholds-not-increasing | thresholds.high",
        "30 | 55  | 40  | thresholds.critical | thresholds.critical must be greater than thresholds.high "
                + "| thresholds-not-increasing | thresholds.high"
    })
    void thresholdsAreStrictlyIncreasingWithin1To100(int elevated, int high, int critical, String field,
            String message, String code, String args) {
        refused(() -> new Thresholds(elevated, high, critical), field).hasMessage(message)
                .satisfies(rule(code, args.split(";")));
    }

    @Test
    void everyThresholdIsGiven() {
        refused(() -> new Thresholds(null, 55, 80), "thresholds.elevated")
                .hasMessage("thresholds.elevated must not be null")
                .satisfies(rule("required"));
        refused(() -> new Thresholds(30, null, 80), "thresholds.high");
        refused(() -> new Thresholds(30, 55, null), "thresholds.critical");
    }

    @Test
    void theTightestThresholdsAreAccepted() {
        assertThat(new Thresholds(1, 2, 3).highestElevated()).isEqualTo(1);
        assertThat(new Thresholds(98, 99, 100).highestElevated()).isEqualTo(98);
    }

    // --- lexicons --------------------------------------------------------------------------------------------

    @Test
    void spanishAndEnglishAreRequired() {
        refused(() -> model(Map.of("es", Lexicon.of())), "lexicons")
                .hasMessage("lexicons must have a lexicon for 'en'")
                .satisfies(rule("lexicon-missing", "en"));
        refused(() -> model(Map.of("en", Lexicon.of())), "lexicons")
                .hasMessage("lexicons must have a lexicon for 'es'");
        refused(() -> model(Map.of()), "lexicons");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES", "e", "spanish", "es-GT", "", "1a"})
    void lexiconsAreKeyedByLanguageCode(String key) {
        Map<String, Lexicon> lexicons = new HashMap<>(DEFAULTS.lexicons());
        lexicons.put(key, Lexicon.of());

        refused(() -> model(lexicons), "lexicons")
                .hasMessage("lexicons keys must be language codes of two or three lowercase letters, was '"
                        + key + "'")
                .satisfies(rule("not-a-language", key));
    }

    @Test
    void aNullKeyOrLexiconIsRefused() {
        Map<String, Lexicon> nullKey = new HashMap<>(DEFAULTS.lexicons());
        nullKey.put(null, Lexicon.of());
        refused(() -> model(nullKey), "lexicons").satisfies(rule("not-a-language", "null"));

        Map<String, Lexicon> nullLexicon = new HashMap<>(DEFAULTS.lexicons());
        nullLexicon.put("mam", null);
        refused(() -> model(nullLexicon), "lexicons.mam").hasMessage("lexicons.mam must not be null")
                .satisfies(rule("required"));
    }

    @Test
    void thereAreAtMost20Languages() {
        Map<String, Lexicon> lexicons = new HashMap<>(DEFAULTS.lexicons());
        for (char c = 'a'; lexicons.size() <= RiskModel.MAX_LANGUAGES; c++) {
            lexicons.put("x" + c, Lexicon.of());
        }

        refused(() -> model(lexicons), "lexicons").hasMessage("lexicons must have at most 20 languages, had 21")
                .satisfies(rule("too-many", "20", "21"));
    }

    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource({
        "es, amenaza, amenazas", "es, amenaza, AMENAZÓ", "es, hombres armados, hombre armado",
        "es, me siguen, 'me, siguen'", "en, threat, threatened", "en, following me, followed me"
    })
    void twoEntriesThatMatchTheSameWordsAreRefused(String language, String first, String second) {
        Lexicon lexicon = Lexicon.of(new LexiconEntry("disparos", 30), new LexiconEntry(first, 15),
                new LexiconEntry(second, 20));

        String field = "lexicons." + language + ".entries[2]";
        refused(() -> DEFAULTS.withLexicon(language, lexicon), field).hasMessage(field + " '" + second
                + "' matches the same words as lexicons." + language + ".entries[1] '" + first + "'")
                .satisfies(rule("phrase-overlap", second, "lexicons." + language + ".entries[1]", first));
    }

    @Test
    void theSamePhraseInTwoLanguagesIsAccepted() {
        RiskModel model = TestModels.keywordsOnly(Lexicon.of(new LexiconEntry("police", 10)),
                Lexicon.of(new LexiconEntry("police", 10)));

        assertThat(model.lexicons()).hasSize(2);
    }

    @Test
    void aLexiconHasAtMost500EntriesNoneNull() {
        refused(() -> new Lexicon(null), "lexicon.entries").hasMessage("lexicon.entries must not be null");
        refused(() -> new Lexicon(Collections.nCopies(501, new LexiconEntry("a", 1))), "lexicon.entries")
                .hasMessage("lexicon.entries must have at most 500 elements, had 501")
                .satisfies(rule("too-many", "500", "501"));
        refused(() -> new Lexicon(Arrays.asList(new LexiconEntry("a", 1), null)), "lexicon.entries[1]")
                .hasMessage("lexicon.entries[1] must not be null")
                .satisfies(rule("null-element"));
        assertThat(new Lexicon(Collections.nCopies(500, new LexiconEntry("a", 1))).entries()).hasSize(500);
    }

    @Test
    void theEntriesAreCopied() {
        List<LexiconEntry> entries = new ArrayList<>(List.of(new LexiconEntry("amenaza", 15)));
        Lexicon lexicon = new Lexicon(entries);
        entries.add(new LexiconEntry("secuestro", 30));

        assertThat(lexicon.entries()).hasSize(1);
        assertThat(lexicon.plus(new LexiconEntry("secuestro", 30)).entries()).hasSize(2);
    }

    // --- lexicon entries -------------------------------------------------------------------------------------

    @Test
    void aPhraseHasOneToEightWordsAndAtMost80Characters() {
        refused(() -> new LexiconEntry(null, 10), "lexiconEntry.phrase")
                .hasMessage("lexiconEntry.phrase must not be null")
                .satisfies(rule("required"));
        refused(() -> new LexiconEntry("  ", 10), "lexiconEntry.phrase")
                .hasMessage("lexiconEntry.phrase must not be blank")
                .satisfies(rule("blank"));
        refused(() -> new LexiconEntry("¡¿...?!", 10), "lexiconEntry.phrase")
                .hasMessage("lexiconEntry.phrase must have a letter or a digit, was '¡¿...?!'")
                .satisfies(rule("no-letter-or-digit", "¡¿...?!"));
        refused(() -> new LexiconEntry("a".repeat(81), 10), "lexiconEntry.phrase")
                .hasMessage("lexiconEntry.phrase must be at most 80 characters, was 81")
                .satisfies(rule("too-long", "80", "81"));
        refused(() -> new LexiconEntry("uno dos tres cuatro cinco seis siete ocho nueve", 10), "lexiconEntry.phrase")
                .hasMessage("lexiconEntry.phrase must have at most 8 words, "
                        + "'uno dos tres cuatro cinco seis siete ocho nueve' has 9")
                .satisfies(rule("too-many-words", "8", "uno dos tres cuatro cinco seis siete ocho nueve", "9"));
        refused(() -> new LexiconEntry("abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij", 10),
                "lexiconEntry.phrase").hasMessageContaining("must be at most 56 characters once folded")
                .satisfies(rule("too-long-folded", "56",
                        "abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij"));
        assertThat(new LexiconEntry("uno dos tres cuatro cinco seis siete ocho", 10).code())
                .isEqualTo("keyword.uno-dos-tres-cuatro-cinco-seis-siete-ocho");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void anEntryWeighs0To100(int weight) {
        refused(() -> new LexiconEntry("amenaza", weight), "lexiconEntry.weight")
                .hasMessage("lexiconEntry.weight must be 0..100, was " + weight + " (phrase 'amenaza')")
                .satisfies(rule("out-of-range", "0", "100", String.valueOf(weight)));
    }

    @Test
    void anEntryWeighsSomething() {
        refused(() -> new LexiconEntry("amenaza", null), "lexiconEntry.weight")
                .hasMessage("lexiconEntry.weight must not be null")
                .satisfies(rule("required"));
    }

    @Test
    void theCodeOfAnEntryIsItsFoldedWords() {
        assertThat(new LexiconEntry("¡Hombres  ARMADOS!", 25).code()).isEqualTo("keyword.hombres-armados");
        assertThat(new LexiconEntry("intimidación", 10).code()).isEqualTo("keyword.intimidacion");
    }

    // --- hot zones -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Zona 18", "zona_18", "-zona", "", "ZONA", "a234567890123456789012345678901234567890z"})
    void aZoneIdIsLowercaseLettersDigitsAndDashes(String id) {
        refused(() -> new HotZone(id, "Zona", 14.6, -90.5, 1000), "hotZone.id")
                .hasMessageStartingWith("hotZone.id must be 1 to 40 lowercase letters, digits and dashes")
                .satisfies(rule("not-a-zone-id", id));
    }

    @Test
    void everyFieldOfAZoneIsChecked() {
        refused(() -> new HotZone(null, "Zona", 14.6, -90.5, 1000), "hotZone.id")
                .hasMessage("hotZone.id must not be null");
        refused(() -> new HotZone("z18", null, 14.6, -90.5, 1000), "hotZone 'z18' name");
        refused(() -> new HotZone("z18", " ", 14.6, -90.5, 1000), "hotZone 'z18' name")
                .hasMessage("hotZone 'z18' name must not be blank")
                .satisfies(rule("blank"));
        refused(() -> new HotZone("z18", "n".repeat(101), 14.6, -90.5, 1000), "hotZone 'z18' name")
                .satisfies(rule("too-long", "100", "101"));
        refused(() -> new HotZone("z18", "Zona", 90.5, -90.5, 1000), "hotZone 'z18' lat")
                .hasMessage("hotZone 'z18' lat must be -90.0..90.0, was 90.5")
                .satisfies(rule("out-of-range", "-90.0", "90.0", "90.5"));
        refused(() -> new HotZone("z18", "Zona", Double.NaN, -90.5, 1000), "hotZone 'z18' lat");
        refused(() -> new HotZone("z18", "Zona", 14.6, -180.5, 1000), "hotZone 'z18' lon")
                .hasMessage("hotZone 'z18' lon must be -180.0..180.0, was -180.5")
                .satisfies(rule("out-of-range", "-180.0", "180.0", "-180.5"));
        refused(() -> new HotZone("z18", "Zona", 14.6, Double.POSITIVE_INFINITY, 1000), "hotZone 'z18' lon");
        refused(() -> new HotZone("z18", "Zona", 14.6, -90.5, 0), "hotZone 'z18' radiusMetres")
                .hasMessage("hotZone 'z18' radiusMetres must be 1..200000, was 0")
                .satisfies(rule("out-of-range", "1", "200000", "0"));
        refused(() -> new HotZone("z18", "Zona", 14.6, -90.5, 200_001), "hotZone 'z18' radiusMetres");
        refused(() -> new HotZone("z18", "Zona", 14.6, -90.5, 1000, 101), "hotZone 'z18' weight")
                .hasMessage("hotZone 'z18' weight must be 0..100, was 101");
        refused(() -> new HotZone("z18", "Zona", 14.6, -90.5, 1000, -1), "hotZone 'z18' weight");
        assertThat(new HotZone("z", "Z", -90.0, 180.0, 200_000, 100)).isNotNull();
    }

    @Test
    void aZoneWithoutItsCentreOrRadiusIsRefusedRatherThanPutAt0() {
        refused(() -> new HotZone("z18", "Zona", null, -90.5, 1000, null), "hotZone 'z18' lat")
                .hasMessage("hotZone 'z18' lat must not be null")
                .satisfies(rule("required"));
        refused(() -> new HotZone("z18", "Zona", 14.6, null, 1000, null), "hotZone 'z18' lon");
        refused(() -> new HotZone("z18", "Zona", 14.6, -90.5, null, null), "hotZone 'z18' radiusMetres")
                .satisfies(rule("required"));
    }

    @Test
    void zoneIdsAreUniqueAndThereAreAtMost1000Zones() {
        HotZone zone = new HotZone("z18", "Zona 18", 14.6, -90.5, 1000);
        refused(() -> DEFAULTS.withHotZones(List.of(zone, new HotZone("z18", "Otra", 15, -91, 500))), "hotZones")
                .hasMessage("hotZones must not have two zones with id 'z18'")
                .satisfies(rule("repeated", "z18"));
        refused(() -> DEFAULTS.withHotZones(Arrays.asList(zone, null)), "hotZones[1]")
                .hasMessage("hotZones[1] must not be null")
                .satisfies(rule("null-element"));
        IntFunction<HotZone> nth = i -> new HotZone("z" + i, "Z", 14.6, -90.5, 1000);
        refused(() -> DEFAULTS.withHotZones(IntStream.range(0, 1001).mapToObj(nth).toList()), "hotZones")
                .hasMessage("hotZones must have at most 1000 elements, had 1001")
                .satisfies(rule("too-many", "1000", "1001"));
        assertThat(DEFAULTS.withHotZones(IntStream.range(0, 1000).mapToObj(nth).toList()).hotZones()).hasSize(1000);
    }
}
