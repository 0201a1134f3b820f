package org.centinela.risk.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalType;

/**
 * Scores signals by one {@link RiskModel}. Build it once per model version (it prepares the lexicons
 * and the fixed factors then) and share it: it is immutable and safe to use from any thread.
 *
 * <h2>The score</h2>
 * <ul>
 * <li>DURESS: 100 and CRITICAL, whatever else is known — even from an unverified sender, which is
 *     still marked for triage. CANCEL and PHONE_SEIZED: 0 and no grade: they pass through.</li>
 * <li>Otherwise the sum of: the type's base (PANIC, CHECKIN_MISSED, REPORT); the keywords found in
 *     the text; her baseline risk; her alerts of the last 30 days and her signals of the 10 minutes
 *     before (each capped); each hot zone the location falls in. The sum is clamped to 0..100 and
 *     graded by the thresholds.</li>
 * <li>Keywords: the text is read with each language's lexicon, and the lexicon that finds the most
 *     points counts (the first by language code on a tie). The language of a signal is not known and
 *     defenders mix languages, but a word and its translation ("policía", "police") must not count
 *     twice. Within that lexicon every entry found counts once.</li>
 * <li>An unverified sender is capped at the highest ELEVATED score ({@code thresholds.high - 1}) and
 *     marked for triage; the factor {@code cap.unverified} says so and how much it took off.</li>
 * </ul>
 *
 * <p>Factors are listed in a fixed order — type, keywords (in lexicon order), baseline, history, hot
 * zones (in model order), unverified cap — and only when they add something, but for the type and the
 * unverified cap, which are always there. The same model and facts always give an equal assessment.
 */
public final class RiskScorer {

    private static final String UNVERIFIED = "cap.unverified";

    private final RiskModel model;
    private final List<CompiledLexicon> lexicons;
    private final Map<SignalType, RiskFactor> typeFactors = new EnumMap<>(SignalType.class);
    private final RiskFactor[] baselineFactors = new RiskFactor[Weights.BASELINE_LEVELS];
    private final List<HotZone> zones;
    private final RiskFactor[] zoneFactors;

    private RiskScorer(RiskModel model) {
        this.model = model;
        Weights weights = model.weights();
        List<CompiledLexicon> compiled = new ArrayList<>();
        model.lexicons().forEach((language, lexicon) -> compiled.add(new CompiledLexicon(language, lexicon)));
        this.lexicons = List.copyOf(compiled);
        typeFactors.put(SignalType.PANIC, typeFactor(SignalType.PANIC, weights.base(SignalType.PANIC), "panic signal"));
        typeFactors.put(SignalType.CHECKIN_MISSED, typeFactor(SignalType.CHECKIN_MISSED,
                weights.base(SignalType.CHECKIN_MISSED), "missed check-in"));
        typeFactors.put(SignalType.REPORT,
                typeFactor(SignalType.REPORT, weights.base(SignalType.REPORT), "incident report"));
        typeFactors.put(SignalType.DURESS, typeFactor(SignalType.DURESS, 100, "duress PIN: always CRITICAL"));
        typeFactors.put(SignalType.CANCEL,
                typeFactor(SignalType.CANCEL, 0, "cancel with her PIN: passes through ungraded"));
        typeFactors.put(SignalType.PHONE_SEIZED,
                typeFactor(SignalType.PHONE_SEIZED, 0, "her phone is seized: passes through ungraded"));
        for (int level = 1; level < Weights.BASELINE_LEVELS; level++) {
            int points = weights.baseline(level);
            baselineFactors[level] = points == 0 ? null
                    : new RiskFactor("baseline", points,
                            "baseline risk level " + level + " (" + Contribution.signed(points) + ")",
                            List.of(Integer.toString(level)));
        }
        this.zones = model.hotZones();
        this.zoneFactors = new RiskFactor[zones.size()];
        for (int i = 0; i < zones.size(); i++) {
            HotZone zone = zones.get(i);
            int points = zone.weightOr(weights.hotZone());
            zoneFactors[i] = new RiskFactor("zone." + zone.id(), points,
                    "inside hot zone '" + zone.name() + "' (" + Contribution.signed(points) + ")", List.of(zone.name()));
        }
    }

    /** A scorer for {@code model}. */
    public static RiskScorer of(RiskModel model) {
        if (model == null) {
            throw new NullPointerException("model must not be null");
        }
        return new RiskScorer(model);
    }

    public RiskModel model() {
        return model;
    }

    /** The score, grade and factors of one signal. */
    public Assessment assess(SignalFacts facts) {
        SignalType type = facts.type();
        boolean triage = !facts.verifiedSender();
        if (!type.isGraded() || type == SignalType.DURESS) {
            List<RiskFactor> factors = new ArrayList<>(2);
            factors.add(typeFactors.get(type));
            if (triage) {
                factors.add(new RiskFactor(UNVERIFIED, 0, type == SignalType.DURESS
                        ? "unverified sender: sent to operator triage; duress is never capped (+0)"
                        : "unverified sender: sent to operator triage (+0)"));
            }
            return type == SignalType.DURESS
                    ? new Assessment(100, Grade.CRITICAL, factors, triage, model.version())
                    : new Assessment(0, null, factors, triage, model.version());
        }

        Weights weights = model.weights();
        List<RiskFactor> factors = new ArrayList<>(8);
        RiskFactor typeFactor = typeFactors.get(type);
        factors.add(typeFactor);
        int sum = typeFactor.contribution();

        sum += addKeywords(facts.text(), factors);

        RiskFactor baseline = baselineFactors[facts.baselineRisk()];
        if (baseline != null) {
            factors.add(baseline);
            sum += baseline.contribution();
        }

        int alerts = weights.recentAlerts(facts.alertsLast30Days());
        if (alerts > 0) {
            factors.add(new RiskFactor("history.alerts30d", alerts, count(facts.alertsLast30Days(), "alert")
                    + " of hers in the last 30 days (" + capped(alerts, facts.alertsLast30Days(),
                    weights.alertLast30Days()) + ")", List.of(Integer.toString(facts.alertsLast30Days()))));
            sum += alerts;
        }

        int repeats = weights.repeats(facts.signalsLast10Minutes());
        if (repeats > 0) {
            factors.add(new RiskFactor("history.repeat10m", repeats, count(facts.signalsLast10Minutes(),
                    "other signal") + " of hers in the 10 minutes before (" + capped(repeats,
                    facts.signalsLast10Minutes(), weights.repeatWithin10Minutes()) + ")",
                    List.of(Integer.toString(facts.signalsLast10Minutes()))));
            sum += repeats;
        }

        sum += addZones(facts.location(), factors);

        int score = Math.max(0, Math.min(100, sum));
        if (triage) {
            int cut = Math.max(0, score - model.thresholds().highestElevated());
            score -= cut;
            factors.add(new RiskFactor(UNVERIFIED, -cut, cut > 0
                    ? "unverified sender: capped at ELEVATED (" + Contribution.signed(-cut) + ") and sent to "
                            + "operator triage"
                    : "unverified sender: at most ELEVATED, sent to operator triage (+0)"));
        }
        return new Assessment(score, model.thresholds().gradeOf(score), factors, triage, model.version());
    }

    private int addKeywords(String text, List<RiskFactor> factors) {
        String[] words = Words.split(text);
        if (words.length == 0) {
            return 0;
        }
        CompiledLexicon.Finding best = null;
        for (CompiledLexicon lexicon : lexicons) {
            CompiledLexicon.Finding finding = lexicon.find(words);
            if (best == null || finding.points() > best.points()) {
                best = finding;
            }
        }
        best.addFactorsTo(factors);
        return best.points();
    }

    private int addZones(Location location, List<RiskFactor> factors) {
        if (location == null) {
            return 0;
        }
        int points = 0;
        for (int i = 0; i < zones.size(); i++) {
            RiskFactor factor = zoneFactors[i];
            if (factor.contribution() > 0 && zones.get(i).contains(location)) {
                factors.add(factor);
                points += factor.contribution();
            }
        }
        return points;
    }

    private static RiskFactor typeFactor(SignalType type, int points, String what) {
        return new RiskFactor("type." + type.name().toLowerCase(Locale.ROOT), points,
                what + " (" + Contribution.signed(points) + ")");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String capped(int points, int count, int each) {
        return Contribution.signed(points) + ((long) count * each > points ? ", the cap" : "");
    }
}
