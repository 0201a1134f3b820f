package org.centinela.contracts.signal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.Invariants;
import org.centinela.contracts.Topics;

/**
 * A signal as risk-scoring judged it: score, grade and the factors behind them. It carries ids and
 * codes only; the text, location and report narrative stay on {@code signals.received}.
 *
 * @param schemaVersion   version of this shape, {@value #SCHEMA_VERSION} today
 * @param signalId        the assessed signal
 * @param defenderId      as on the signal: a defender's id or an unknown sender's key
 * @param verifiedSender  as on the signal
 * @param type            as on the signal
 * @param source          as on the signal
 * @param receivedAt      as on the signal
 * @param score           0..100
 * @param grade           the grade; null only for a type that is not graded (CANCEL, PHONE_SEIZED), which passes through
 * @param modelVersion    version of the risk model that scored it, at least 1
 * @param factors         the reasons for the score
 * @param triage          true when an operator must look at it before anyone is woken up; always true for an
 *                        unverified sender
 * @param violenceType    the report's classification, present exactly on a REPORT
 * @param perpetratorType the report's classification, present exactly on a REPORT
 * @param country         the country (ISO 3166 alpha-2) in the defender's profile when the signal was assessed, so
 *                        that incidents can be documented by country; null for an unknown sender, or a defender
 *                        whose profile names none (or was not known yet)
 */
public record SignalAssessed(
        int schemaVersion,
        UUID signalId,
        String defenderId,
        boolean verifiedSender,
        SignalType type,
        SignalSource source,
        Instant receivedAt,
        int score,
        Grade grade,
        long modelVersion,
        List<RiskFactor> factors,
        boolean triage,
        ViolenceType violenceType,
        PerpetratorType perpetratorType,
        String country) implements CentinelaEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "org.centinela.signal.assessed.v1";

    public SignalAssessed {
        Invariants.schemaVersion(schemaVersion);
        Invariants.present(signalId, "signalId");
        Invariants.nonBlank(defenderId, "defenderId");
        Invariants.present(type, "type");
        Invariants.present(source, "source");
        Invariants.present(receivedAt, "receivedAt");
        Invariants.within(score, 0, 100, "score");
        if (grade == null && type.isGraded()) {
            throw new NullPointerException("grade must not be null for a " + type + " signal");
        }
        Invariants.atLeast(modelVersion, 1, "modelVersion");
        factors = Invariants.listOf(factors, "factors");
        if (!verifiedSender && !triage) {
            throw new IllegalArgumentException("triage must be true for an unverified sender");
        }
        boolean report = type == SignalType.REPORT;
        if (report != (violenceType != null) || report != (perpetratorType != null)) {
            throw new IllegalArgumentException(
                    "violenceType and perpetratorType must be given for a REPORT and only for a REPORT, this is a "
                            + type);
        }
        Invariants.optionalCountry(country, "country");
        if (!verifiedSender && country != null) {
            throw new IllegalArgumentException("an unknown sender has no country");
        }
    }

    /** An assessment of the current schema version. */
    public SignalAssessed(UUID signalId, String defenderId, boolean verifiedSender, SignalType type,
            SignalSource source, Instant receivedAt, int score, Grade grade, long modelVersion,
            List<RiskFactor> factors, boolean triage, ViolenceType violenceType, PerpetratorType perpetratorType,
            String country) {
        this(SCHEMA_VERSION, signalId, defenderId, verifiedSender, type, source, receivedAt, score, grade,
                modelVersion, factors, triage, violenceType, perpetratorType, country);
    }

    /**
     * The assessment of {@code signal}: its ids and codes, never its text, location or narrative; {@code country}
     * is the sender's, as her profile has it.
     */
    public static SignalAssessed of(SignalReceived signal, int score, Grade grade, long modelVersion,
            List<RiskFactor> factors, boolean triage, String country) {
        IncidentReport report = signal.report();
        return new SignalAssessed(signal.signalId(), signal.defenderId(), signal.verifiedSender(), signal.type(),
                signal.source(), signal.receivedAt(), score, grade, modelVersion, factors, triage,
                report == null ? null : report.violenceType(),
                report == null ? null : report.perpetratorType(), country);
    }

    @Override
    public String topic() {
        return Topics.SIGNALS_ASSESSED;
    }

    /** The defender's id (or the unknown sender's key), as on the signal. */
    @Override
    public String key() {
        return defenderId;
    }

    @Override
    public String cloudEventType() {
        return TYPE;
    }
}
