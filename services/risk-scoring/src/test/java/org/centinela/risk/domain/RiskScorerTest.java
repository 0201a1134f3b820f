package org.centinela.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RiskScorerTest {

    private static final RiskScorer DEFAULTS = RiskScorer.of(RiskModel.defaults());
    /** Zona 18, Guatemala City. */
    private static final Location ZONA_18 = new Location(14.6569, -90.4710, 20.0);

    private static List<String> codes(Assessment assessment) {
        return assessment.factors().stream().map(RiskFactor::code).toList();
    }

    // --- signal type ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource({
        "PANIC,          60, HIGH, type.panic,          panic signal (+60)",
        "CHECKIN_MISSED, 55, HIGH, type.checkin_missed, missed check-in (+55)",
        "REPORT,         10, LOW,  type.report,         incident report (+10)"
    })
    void eachTypeStartsAtItsBase(SignalType type, int score, Grade grade, String code, String explanation) {
        Assessment assessment = DEFAULTS.assess(SignalFacts.of(type, null));

        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.grade()).isEqualTo(grade);
        assertThat(assessment.factors()).containsExactly(new RiskFactor(code, score, explanation));
        assertThat(assessment.triage()).isFalse();
        assertThat(assessment.modelVersion()).isEqualTo(1);
    }

    @Test
    void aTypeOfWeightZeroStillExplainsTheScore() {
        Assessment assessment = RiskScorer.of(TestModels.keywordsOnly(Lexicon.of(), Lexicon.of()))
                .assess(SignalFacts.of(SignalType.PANIC, null));

        assertThat(assessment.factors()).containsExactly(new RiskFactor("type.panic", 0, "panic signal (+0)"));
        assertThat(assessment.grade()).isEqualTo(Grade.LOW);
    }

    @ParameterizedTest(name = "verified {0}")
    @CsvSource({"true", "false"})
    void duressIsAlwaysCriticalWithScore100WhateverElseIsKnown(boolean verified) {
        SignalFacts facts = new SignalFacts(SignalType.DURESS, "bien 4821, todo tranquilo", ZONA_18, verified, 0, 0, 0);

        Assessment assessment = DEFAULTS.assess(facts);

        assertThat(assessment.score()).isEqualTo(100);
        assertThat(assessment.grade()).isEqualTo(Grade.CRITICAL);
        assertThat(assessment.factors().get(0))
                .isEqualTo(new RiskFactor("type.duress", 100, "duress PIN: always CRITICAL (+100)"));
        assertThat(assessment.triage()).isEqualTo(!verified);
        assertThat(codes(assessment)).isEqualTo(verified ? List.of("type.duress") : List.of("type.duress",
                "cap.unverified"));
    }

    @Test
    void duressIgnoresEveryWeightOfTheModel() {
        Assessment assessment = RiskScorer.of(TestModels.keywordsOnly(Lexicon.of(), Lexicon.of()))
                .assess(SignalFacts.of(SignalType.DURESS, null));

        assertThat(assessment.score()).isEqualTo(100);
        assertThat(assessment.grade()).isEqualTo(Grade.CRITICAL);
    }

    @ParameterizedTest(name = "verified {0}")
    @CsvSource({"true", "false"})
    void cancelPassesThroughUngraded(boolean verified) {
        SignalFacts facts = new SignalFacts(SignalType.CANCEL, "secuestro disparos", ZONA_18, verified, 3, 9, 9);

        Assessment assessment = DEFAULTS.assess(facts);

        assertThat(assessment.score()).isZero();
        assertThat(assessment.grade()).isNull();
        assertThat(assessment.factors().get(0))
                .isEqualTo(new RiskFactor("type.cancel", 0, "cancel with her PIN: passes through ungraded (+0)"));
        assertThat(assessment.triage()).isEqualTo(!verified);
        assertThat(assessment.factors()).hasSize(verified ? 1 : 2);
    }

    @Test
    void aSeizedPhonePassesThroughUngraded() {
        Assessment assessment = DEFAULTS.assess(new SignalFacts(SignalType.PHONE_SEIZED, "secuestro", ZONA_18, true,
                3, 9, 9));

        assertThat(assessment.score()).isZero();
        assertThat(assessment.grade()).isNull();
        assertThat(assessment.factors()).containsExactly(
                new RiskFactor("type.phone_seized", 0, "her phone is seized: passes through ungraded (+0)"));
    }

    // --- keywords --------------------------------------------------------------------------------------------

    @Test
    void keywordsAddTheirWeightsToTheBase() {
        Assessment assessment = DEFAULTS.assess(
                SignalFacts.of(SignalType.REPORT, "Nos amenazaron y la policía no vino"));

        assertThat(assessment.score()).isEqualTo(10 + 15 + 10);
        assertThat(assessment.factors()).containsExactly(
                new RiskFactor("type.report", 10, "incident report (+10)"),
                new RiskFactor("keyword.amenaza", 15, "keyword 'amenaza' (+15)", List.of("amenaza")),
                new RiskFactor("keyword.policia", 10, "keyword 'policía' (+10)", List.of("policía")));
        assertThat(assessment.grade()).isEqualTo(Grade.ELEVATED);
    }

    @Test
    void theScoreIsClampedTo100() {
        Assessment assessment = DEFAULTS.assess(SignalFacts.of(SignalType.PANIC,
                "secuestro, disparos, balacera, hombres armados, me van a matar"));

        int sum = assessment.factors().stream().mapToInt(RiskFactor::contribution).sum();
        assertThat(sum).isGreaterThan(100);
        assertThat(assessment.score()).isEqualTo(100);
        assertThat(assessment.grade()).isEqualTo(Grade.CRITICAL);
    }

    // --- baseline risk ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "level {0}: +{1}")
    @CsvSource({"0, 0", "1, 5", "2, 10", "3, 20"})
    void baselineRiskAddsByLevel(int level, int points) {
        Assessment assessment = DEFAULTS.assess(SignalFacts.of(SignalType.REPORT, null).withBaselineRisk(level));

        assertThat(assessment.score()).isEqualTo(10 + points);
        assertThat(assessment.factor("baseline")).isEqualTo(level == 0 ? null
                : new RiskFactor("baseline", points, "baseline risk level " + level + " (+" + points + ")",
                        List.of(Integer.toString(level))));
    }

    // --- history ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} alerts: +{1}")
    @CsvSource(delimiter = '|', value = {
        "0          | 0  | ",
        "1          | 5  | 1 alert of hers in the last 30 days (+5)",
        "2          | 10 | 2 alerts of hers in the last 30 days (+10)",
        "3          | 15 | 3 alerts of hers in the last 30 days (+15)",
        "4          | 15 | 4 alerts of hers in the last 30 days (+15, the cap)",
        "2147483647 | 15 | 2147483647 alerts of hers in the last 30 days (+15, the cap)"
    })
    void eachRecentAlertAddsUpToTheCap(int alerts, int points, String explanation) {
        Assessment assessment = DEFAULTS.assess(SignalFacts.of(SignalType.REPORT, null).withHistory(alerts, 0));

        assertThat(assessment.score()).isEqualTo(10 + points);
        assertThat(assessment.factor("history.alerts30d"))
                .isEqualTo(points == 0 ? null : new RiskFactor("history.alerts30d", points, explanation,
                        List.of(Integer.toString(alerts))));
    }

    @ParameterizedTest(name = "{0} signals: +{1}")
    @CsvSource(delimiter = '|', value = {
        "0   | 0  | ",
        "1   | 10 | 1 other signal of hers in the 10 minutes before (+10)",
        "2   | 20 | 2 other signals of hers in the 10 minutes before (+20)",
        "3   | 20 | 3 other signals of hers in the 10 minutes before (+20, the cap)",
        "500 | 20 | 500 other signals of hers in the 10 minutes before (+20, the cap)"
    })
    void eachRepeatedSignalAddsUpToTheCap(int signals, int points, String explanation) {
        Assessment assessment = DEFAULTS.assess(SignalFacts.of(SignalType.REPORT, null).withHistory(0, signals));

        assertThat(assessment.score()).isEqualTo(10 + points);
        assertThat(assessment.factor("history.repeat10m"))
                .isEqualTo(points == 0 ? null : new RiskFactor("history.repeat10m", points, explanation,
                        List.of(Integer.toString(signals))));
    }

    @Test
    void aWeightOfZeroPerAlertAddsNothingWhateverTheCap() {
        Weights weights = new Weights(60, 55, 10, List.of(0, 5, 10, 20), 0, 15, 0, 20, 15);
        RiskScorer scorer = RiskScorer.of(RiskModel.defaults().withWeights(weights));

        Assessment assessment = scorer.assess(SignalFacts.of(SignalType.REPORT, null).withHistory(9, 9));

        assertThat(assessment.score()).isEqualTo(10);
        assertThat(codes(assessment)).containsExactly("type.report");
    }

    // --- hot zones -------------------------------------------------------------------------------------------

    private static final HotZone ZONE = new HotZone("zona-18", "Zona 18", 14.6569, -90.4710, 1000);

    private static RiskScorer withZones(HotZone... zones) {
        return RiskScorer.of(RiskModel.defaults().withHotZones(List.of(zones)));
    }

    /** A point {@code metres} due north of the zone's centre. */
    private static Location north(HotZone zone, double metres) {
        return new Location(zone.lat() + Math.toDegrees(metres / HotZone.EARTH_RADIUS_METRES), zone.lon(), null);
    }

    @ParameterizedTest(name = "{0} m north: inside {1}")
    @CsvSource({"0, true", "500, true", "999.5, true", "1000.5, false", "5000, false"})
    void aHotZoneAddsItsDefaultWeightInsideItsCircleEdgeIncluded(double metres, boolean inside) {
        Assessment assessment = withZones(ZONE).assess(SignalFacts.of(SignalType.REPORT, null)
                .withLocation(north(ZONE, metres)));

        assertThat(assessment.score()).isEqualTo(inside ? 25 : 10);
        assertThat(assessment.factor("zone.zona-18"))
                .isEqualTo(inside ? new RiskFactor("zone.zona-18", 15, "inside hot zone 'Zona 18' (+15)",
                List.of("Zona 18")) : null);
    }

    @Test
    void aZoneWithItsOwnWeightAddsThatAndEveryZoneThatHoldsTheLocationCounts() {
        HotZone city = new HotZone("ciudad", "Ciudad de Guatemala", 14.6349, -90.5069, 15_000, 5);
        HotZone silent = new HotZone("silenciosa", "Silenciosa", 14.6569, -90.4710, 1000, 0);

        Assessment assessment = withZones(city, ZONE, silent).assess(
                SignalFacts.of(SignalType.REPORT, null).withLocation(ZONA_18));

        assertThat(assessment.score()).isEqualTo(10 + 5 + 15);
        assertThat(codes(assessment)).containsExactly("type.report", "zone.ciudad", "zone.zona-18");
        assertThat(assessment.factor("zone.ciudad").explanation())
                .isEqualTo("inside hot zone 'Ciudad de Guatemala' (+5)");
    }

    @Test
    void noLocationIsInNoZone() {
        assertThat(withZones(ZONE).assess(SignalFacts.of(SignalType.REPORT, null)).score()).isEqualTo(10);
    }

    @Test
    void aZoneWithoutItsOwnWeightFollowsTheModelDefault() {
        Weights weights = new Weights(60, 55, 10, List.of(0, 5, 10, 20), 5, 15, 10, 20, 40);
        RiskScorer scorer = RiskScorer.of(RiskModel.defaults().withWeights(weights).withHotZones(List.of(ZONE)));

        assertThat(scorer.assess(SignalFacts.of(SignalType.REPORT, null).withLocation(ZONA_18)).score())
                .isEqualTo(50);
    }

    // --- unverified senders ----------------------------------------------------------------------------------

    @Test
    void anUnverifiedSenderIsCappedAtElevatedAndSentToTriage() {
        Assessment assessment = DEFAULTS.assess(SignalFacts.of(SignalType.PANIC, "hombres armados").unverified());

        assertThat(assessment.score()).isEqualTo(54);
        assertThat(assessment.grade()).isEqualTo(Grade.ELEVATED);
        assertThat(assessment.triage()).isTrue();
        assertThat(assessment.factors()).last().isEqualTo(new RiskFactor("cap.unverified", -46,
                "unverified sender: capped at ELEVATED (-46) and sent to operator triage"));
    }

    @Test
    void anUnverifiedSenderBelowTheCapKeepsItsScoreAndIsStillSentToTriage() {
        Assessment assessment = DEFAULTS.assess(SignalFacts.of(SignalType.REPORT, "amenaza").unverified());

        assertThat(assessment.score()).isEqualTo(25);
        assertThat(assessment.grade()).isEqualTo(Grade.LOW);
        assertThat(assessment.triage()).isTrue();
        assertThat(assessment.factors()).last().isEqualTo(new RiskFactor("cap.unverified", 0,
                "unverified sender: at most ELEVATED, sent to operator triage (+0)"));
    }

    @Test
    void theUnverifiedCapFollowsTheThresholds() {
        RiskScorer scorer = RiskScorer.of(RiskModel.defaults().withThresholds(new Thresholds(10, 20, 90)));

        Assessment assessment = scorer.assess(SignalFacts.of(SignalType.PANIC, null).unverified());

        assertThat(assessment.score()).isEqualTo(19);
        assertThat(assessment.grade()).isEqualTo(Grade.ELEVATED);
    }

    // --- thresholds ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "0, LOW", "1, LOW", "29, LOW", "30, ELEVATED", "54, ELEVATED", "55, HIGH", "79, HIGH", "80, CRITICAL",
        "100, CRITICAL"
    })
    void gradesBeginAtTheirThresholds(int score, Grade grade) {
        Weights weights = new Weights(0, 0, score, List.of(0, 0, 0, 0), 0, 0, 0, 0, 0);
        RiskScorer scorer = RiskScorer.of(RiskModel.defaults().withWeights(weights));

        Assessment assessment = scorer.assess(SignalFacts.of(SignalType.REPORT, null));

        assertThat(assessment.score()).isEqualTo(score);
        assertThat(assessment.grade()).isEqualTo(grade);
        assertThat(new Thresholds(30, 55, 80).gradeOf(score)).isEqualTo(grade);
    }

    @ParameterizedTest
    @EnumSource(value = SignalType.class, names = {"PANIC", "REPORT", "CHECKIN_MISSED"})
    void theThresholdsOfTheModelDecideTheGrade(SignalType type) {
        RiskScorer scorer = RiskScorer.of(RiskModel.defaults().withThresholds(new Thresholds(1, 2, 3)));

        assertThat(scorer.assess(SignalFacts.of(type, null)).grade()).isEqualTo(Grade.CRITICAL);
    }

    // --- the whole -------------------------------------------------------------------------------------------

    @Test
    void factorsComeInAFixedOrder() {
        RiskScorer scorer = withZones(ZONE);
        SignalFacts facts = new SignalFacts(SignalType.CHECKIN_MISSED, "me siguen, amenaza", ZONA_18, false, 2, 1, 1);

        Assessment assessment = scorer.assess(facts);

        assertThat(codes(assessment)).containsExactly("type.checkin_missed", "keyword.amenaza", "keyword.me-siguen",
                "baseline", "history.alerts30d", "history.repeat10m", "zone.zona-18", "cap.unverified");
        assertThat(assessment.score()).isEqualTo(54);
    }

    @Test
    void eachFactorCarriesTheValuesItsExplanationNamesSoAnotherLanguageCanSayThem() {
        SignalFacts facts = new SignalFacts(SignalType.PANIC, "me siguen", ZONA_18, true, 2, 3, 1);

        Assessment assessment = withZones(ZONE).assess(facts);

        assertThat(assessment.factors()).extracting(RiskFactor::code, RiskFactor::args).containsExactly(
                tuple("type.panic", List.of()), tuple("keyword.me-siguen", List.of("me siguen")),
                tuple("baseline", List.of("2")), tuple("history.alerts30d", List.of("3")),
                tuple("history.repeat10m", List.of("1")), tuple("zone.zona-18", List.of(ZONE.name())));
    }

    @Test
    void theFactorsAddUpToTheScore() {
        SignalFacts facts = new SignalFacts(SignalType.REPORT, "me siguen", ZONA_18, true, 1, 1, 1);

        Assessment assessment = withZones(ZONE).assess(facts);

        assertThat(assessment.factors().stream().mapToInt(RiskFactor::contribution).sum())
                .isEqualTo(assessment.score()).isEqualTo(10 + 15 + 5 + 5 + 10 + 15);
    }

    @Test
    void explanationsNeverQuoteTheTextOrTheLocation() {
        SignalFacts facts = new SignalFacts(SignalType.PANIC, "Calle Xibalbá 12, me siguen", ZONA_18, true, 3, 2, 2);

        Assessment assessment = withZones(ZONE).assess(facts);

        assertThat(assessment.factors()).extracting(RiskFactor::explanation)
                .noneMatch(explanation -> explanation.contains("Xibalb") || explanation.contains("Calle")
                        || explanation.contains("14.65") || explanation.contains("90.47"));
    }

    @Test
    void theSameModelAndFactsGiveAnEqualAssessment() {
        SignalFacts facts = new SignalFacts(SignalType.PANIC, "disparos, nos siguen", ZONA_18, true, 2, 3, 1);
        RiskModel model = RiskModel.defaults().withHotZones(List.of(ZONE));
        RiskModel copy = new RiskModel(model.version(), model.weights(),
                Map.of("en", model.lexicons().get("en"), "es", model.lexicons().get("es")),
                List.copyOf(model.hotZones()), model.thresholds());

        assertThat(RiskScorer.of(copy).assess(facts)).isEqualTo(RiskScorer.of(model).assess(facts))
                .isEqualTo(RiskScorer.of(model).assess(facts));
    }

    @Test
    void theAssessmentCarriesTheModelVersion() {
        RiskScorer scorer = RiskScorer.of(RiskModel.defaults().withVersion(42));

        assertThat(scorer.assess(SignalFacts.of(SignalType.PANIC, null)).modelVersion()).isEqualTo(42);
        assertThat(scorer.assess(SignalFacts.of(SignalType.DURESS, null)).modelVersion()).isEqualTo(42);
        assertThat(scorer.assess(SignalFacts.of(SignalType.CANCEL, null)).modelVersion()).isEqualTo(42);
        assertThat(scorer.model().version()).isEqualTo(42);
    }
}
