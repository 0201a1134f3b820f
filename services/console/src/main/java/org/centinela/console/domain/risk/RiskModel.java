package org.centinela.console.domain.risk;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What decides a signal's score, as operators write it: the weights, a lexicon per language (by language code,
 * kept in the order of their codes), the hot zones and the grade thresholds. risk-scoring judges every rule of
 * it when it is saved.
 */
public record RiskModel(Weights weights, Map<String, Lexicon> lexicons, List<HotZone> hotZones, Thresholds thresholds) {

    public RiskModel {
        Objects.requireNonNull(weights, "weights");
        lexicons = Collections.unmodifiableSortedMap(new TreeMap<>(lexicons));
        hotZones = List.copyOf(hotZones);
        Objects.requireNonNull(thresholds, "thresholds");
    }
}
