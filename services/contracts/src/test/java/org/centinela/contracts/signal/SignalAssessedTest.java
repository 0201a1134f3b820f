package org.centinela.contracts.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignalAssessedTest {

    private static final List<RiskFactor> FACTORS = List.of(new RiskFactor("baseline", 25, "Baseline risk 3"));

    @Test
    void carriesTheIdsAndCodesOfTheSignal() {
        SignalReceived report = Examples.report();

        SignalAssessed assessed = SignalAssessed.of(report, 55, Grade.HIGH, 7, FACTORS, false, "GT");

        assertThat(assessed).extracting(SignalAssessed::signalId, SignalAssessed::defenderId,
                        SignalAssessed::verifiedSender, SignalAssessed::type, SignalAssessed::source,
                        SignalAssessed::receivedAt, SignalAssessed::violenceType, SignalAssessed::perpetratorType,
                        SignalAssessed::country)
                .containsExactly(report.signalId(), report.defenderId(), true, SignalType.REPORT,
                        SignalSource.REPORT_FORM, report.receivedAt(), ViolenceType.RAID,
                        PerpetratorType.STATE_SECURITY_FORCES, "GT");
        assertThat(assessed.key()).isEqualTo(report.key());
        assertThat(assessed.toString()).doesNotContain(Examples.NARRATIVE, Examples.PLACE);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, 130})
    void refusesAScoreOutside0To100(int score) {
        assertThatThrownBy(() -> SignalAssessed.of(Examples.panic(), score, Grade.HIGH, 1, FACTORS, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be 0..100, was " + score);
    }

    @ParameterizedTest
    @EnumSource(value = SignalType.class, names = {"CANCEL", "PHONE_SEIZED"}, mode = EnumSource.Mode.EXCLUDE)
    void everySignalButACancelOrASeizureNeedsAGrade(SignalType type) {
        boolean report = type == SignalType.REPORT;

        assertThatThrownBy(() -> new SignalAssessed(Examples.SIGNAL_ID, Examples.DEFENDER_ID, true, type,
                SignalSource.SMS, Examples.AT, 0, null, 1, List.of(), false,
                report ? ViolenceType.OTHER : null, report ? PerpetratorType.OTHER : null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("grade must not be null for a " + type + " signal");
    }

    @Test
    void aCancelPassesThroughUngraded() {
        SignalAssessed cancel = new SignalAssessed(Examples.SIGNAL_ID, Examples.DEFENDER_ID, true, SignalType.CANCEL,
                SignalSource.SMS, Examples.AT, 0, null, 1, List.of(), false, null, null, null);

        assertThat(cancel.grade()).isNull();
        assertThat(new SignalAssessed(Examples.SIGNAL_ID, Examples.DEFENDER_ID, true, SignalType.PHONE_SEIZED,
                SignalSource.SMS, Examples.AT, 0, null, 1, List.of(), false, null, null, null).grade()).isNull();
    }

    @Test
    void refusesAModelVersionBelow1() {
        assertThatThrownBy(() -> SignalAssessed.of(Examples.panic(), 50, Grade.HIGH, 0, FACTORS, false, null))
                .hasMessage("modelVersion must be at least 1, was 0");
    }

    @Test
    void anUnverifiedSenderAlwaysGoesToTriage() {
        SignalReceived unknown = new SignalReceived(Examples.SIGNAL_ID, SignalReceived.unknownSenderKey("9f86d081"),
                false, SignalType.PANIC, SignalSource.SMS, Examples.AT, null, null, null);

        assertThatThrownBy(() -> SignalAssessed.of(unknown, 90, Grade.CRITICAL, 1, FACTORS, false, null))
                .hasMessage("triage must be true for an unverified sender");
        assertThat(SignalAssessed.of(unknown, 90, Grade.CRITICAL, 1, FACTORS, true, null).triage()).isTrue();
    }

    @Test
    void reportCodesBelongToReportsOnly() {
        assertThatThrownBy(() -> new SignalAssessed(Examples.SIGNAL_ID, Examples.DEFENDER_ID, true, SignalType.PANIC,
                SignalSource.APP, Examples.AT, 50, Grade.HIGH, 1, FACTORS, false, ViolenceType.THREAT,
                PerpetratorType.UNKNOWN, null))
                .hasMessage("violenceType and perpetratorType must be given for a REPORT and only for a REPORT,"
                        + " this is a PANIC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gt", "GTM", "G", "Guatemala", " GT"})
    void aCountryIsAnIso3166Alpha2Code(String country) {
        assertThatThrownBy(() -> SignalAssessed.of(Examples.panic(), 50, Grade.HIGH, 1, FACTORS, false, country))
                .hasMessage("country must be an ISO 3166 alpha-2 code such as GT, was '" + country + "'");
    }

    @Test
    void anUnknownSenderHasNoCountry() {
        SignalReceived unknown = new SignalReceived(Examples.SIGNAL_ID, SignalReceived.unknownSenderKey("9f86d081"),
                false, SignalType.PANIC, SignalSource.SMS, Examples.AT, null, null, null);

        assertThatThrownBy(() -> SignalAssessed.of(unknown, 90, Grade.CRITICAL, 1, FACTORS, true, "GT"))
                .hasMessage("an unknown sender has no country");
    }

    @Test
    void keepsAnImmutableCopyOfTheFactors() {
        List<RiskFactor> factors = new ArrayList<>(FACTORS);
        SignalAssessed assessed = SignalAssessed.of(Examples.panic(), 50, Grade.HIGH, 1, factors, false, "GT");
        factors.clear();

        assertThat(assessed.factors()).containsExactlyElementsOf(FACTORS);
        assertThatThrownBy(() -> assessed.factors().add(FACTORS.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SignalAssessed.of(Examples.panic(), 50, Grade.HIGH, 1,
                Arrays.asList(FACTORS.get(0), null), false, null))
                .hasMessage("factors element must not be null");
    }

    @Test
    void aFactorStaysWithinItsBounds() {
        assertThatThrownBy(() -> new RiskFactor("keyword.threat", 101, "Threat words"))
                .hasMessage("contribution must be -100..100, was 101");
        assertThatThrownBy(() -> new RiskFactor(" ", 10, "Threat words"))
                .hasMessage("code must not be blank");
        assertThatThrownBy(() -> new RiskFactor("keyword.threat", 10, null))
                .hasMessage("explanation must not be null");
    }

    @Test
    void aFactorCarriesTheValuesItsExplanationNamesAndAnOlderOneReadsWithNone() {
        RiskFactor keyword = new RiskFactor("keyword.hombres-armados", 25, "keyword 'hombres armados' (+25)",
                List.of("hombres armados"));

        assertThat(keyword.args()).containsExactly("hombres armados");
        assertThat(new RiskFactor("type.panic", 60, "panic (+60)").args()).isEmpty();
        assertThat(new RiskFactor("baseline", 10, "baseline risk level 2 (+10)", null).args()).isEmpty();
        assertThatThrownBy(() -> new RiskFactor("zone.x", 10, "inside hot zone", List.of("x".repeat(121))))
                .hasMessage("args element must be at most 120 characters, was 121");
        String older = new String(EventJson.write(Examples.assessed()), StandardCharsets.UTF_8).replace(",\"args\":[]", "");
        assertThat(older).doesNotContain("args");
        assertThat(EventJson.read(older.getBytes(StandardCharsets.UTF_8), SignalAssessed.class).factors())
                .allSatisfy(factor -> assertThat(factor.args()).isEmpty());
    }
}
