package org.centinela.risk.domain;

import static org.centinela.risk.domain.ModelRules.present;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything that decides a signal's score: the weights of each factor, the lexicons of threat words
 * per language, the hot zones and the grade thresholds. Operators change it through the model API;
 * each change is a new {@code version}, and the same version and signal always give the same
 * assessment. Build a {@link RiskScorer} from it to score signals.
 *
 * @param version    at least 1
 * @param weights    the points of each factor
 * @param lexicons   by language code (two or three lowercase letters: ISO 639-1, or ISO 639-3 for languages
 *                   that have no two-letter code); Spanish ("es") and English ("en") at least. Kept sorted by
 *                   code, which is the order lexicons are read in.
 * @param hotZones   at most {@value #MAX_HOT_ZONES}, each id once
 * @param thresholds where each grade begins
 */
public record RiskModel(
        long version,
        Weights weights,
        Map<String, Lexicon> lexicons,
        List<HotZone> hotZones,
        Thresholds thresholds) {

    public static final int MAX_HOT_ZONES = 1000;
    public static final int MAX_LANGUAGES = 20;
    /** The languages every model has a lexicon for. */
    public static final List<String> REQUIRED_LANGUAGES = List.of("es", "en");

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public RiskModel {
        if (version < 1) {
            throw new InvalidRiskModelException("version", "must be at least 1, was " + version,
                    "too-small", 1, version);
        }
        present(weights, "weights");
        lexicons = checkedLexicons(lexicons);
        hotZones = checkedHotZones(hotZones);
        present(thresholds, "thresholds");
    }

    /**
     * Version 1 as it ships: Spanish and English lexicons of the words defenders use when they are in
     * danger, no hot zones (they are the operators' to draw), and LOW &lt; 30 ≤ ELEVATED &lt; 55 ≤ HIGH
     * &lt; 80 ≤ CRITICAL.
     */
    public static RiskModel defaults() {
        return DefaultRiskModel.MODEL;
    }

    /** This model as {@code newVersion}. */
    public RiskModel withVersion(long newVersion) {
        return new RiskModel(newVersion, weights, lexicons, hotZones, thresholds);
    }

    /** This model with {@code lexicon} for {@code language}, in place of the one it had. */
    public RiskModel withLexicon(String language, Lexicon lexicon) {
        Map<String, Lexicon> changed = new HashMap<>(lexicons);
        changed.put(language, lexicon);
        return new RiskModel(version, weights, changed, hotZones, thresholds);
    }

    /** This model with these hot zones in place of its own. */
    public RiskModel withHotZones(List<HotZone> zones) {
        return new RiskModel(version, weights, lexicons, zones, thresholds);
    }

    /** This model with these weights in place of its own. */
    public RiskModel withWeights(Weights newWeights) {
        return new RiskModel(version, newWeights, lexicons, hotZones, thresholds);
    }

    /** This model with these thresholds in place of its own. */
    public RiskModel withThresholds(Thresholds newThresholds) {
        return new RiskModel(version, weights, lexicons, hotZones, newThresholds);
    }

    private static Map<String, Lexicon> checkedLexicons(Map<String, Lexicon> lexicons) {
        present(lexicons, "lexicons");
        if (lexicons.size() > MAX_LANGUAGES) {
            throw new InvalidRiskModelException("lexicons",
                    "must have at most " + MAX_LANGUAGES + " languages, had " + lexicons.size(),
                    "too-many", MAX_LANGUAGES, lexicons.size());
        }
        SortedMap<String, Lexicon> sorted = new TreeMap<>();
        for (Map.Entry<String, Lexicon> entry : lexicons.entrySet()) {
            String language = entry.getKey();
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                throw new InvalidRiskModelException("lexicons",
                        "keys must be language codes of two or three lowercase letters, was '" + language + "'",
                        "not-a-language", language);
            }
            Lexicon lexicon = present(entry.getValue(), "lexicons." + language);
            checkNoEntryMatchesAnother(language, lexicon);
            sorted.put(language, lexicon);
        }
        for (String language : REQUIRED_LANGUAGES) {
            if (!sorted.containsKey(language)) {
                throw new InvalidRiskModelException("lexicons", "must have a lexicon for '" + language + "'",
                        "lexicon-missing", language);
            }
        }
        return Collections.unmodifiableSortedMap(sorted);
    }

    /** Two entries that reduce to the same stems would count one word twice. */
    private static void checkNoEntryMatchesAnother(String language, Lexicon lexicon) {
        Stemmer stemmer = Stemmer.forLanguage(language);
        Map<List<String>, Integer> seen = new HashMap<>();
        List<LexiconEntry> entries = lexicon.entries();
        for (int i = 0; i < entries.size(); i++) {
            List<String> stems = Phrase.stems(entries.get(i).phrase(), stemmer);
            Integer earlier = seen.putIfAbsent(stems, i);
            if (earlier != null) {
                String field = "lexicons." + language + ".entries";
                String phrase = entries.get(i).phrase();
                String earlierField = field + "[" + earlier + "]";
                String earlierPhrase = entries.get(earlier).phrase();
                throw new InvalidRiskModelException(field + "[" + i + "]",
                        "'" + phrase + "' matches the same words as " + earlierField + " '" + earlierPhrase + "'",
                        "phrase-overlap", phrase, earlierField, earlierPhrase);
            }
        }
    }

    private static List<HotZone> checkedHotZones(List<HotZone> hotZones) {
        List<HotZone> zones = ModelRules.listOf(hotZones, MAX_HOT_ZONES, "hotZones");
        Set<String> ids = new HashSet<>();
        for (HotZone zone : zones) {
            if (!ids.add(zone.id())) {
                throw new InvalidRiskModelException("hotZones", "must not have two zones with id '" + zone.id() + "'",
                        "repeated", zone.id());
            }
        }
        return zones;
    }
}
