package org.centinela.risk.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The baseline risk of each defender (0–3), from risk-scoring's local copy of {@code directory.people}:
 * the risk she lives with before any signal. An unknown sender has none.
 */
public final class BaselineRisks {

    private final Map<String, Integer> byDefender = new ConcurrentHashMap<>();

    public void set(String defenderId, int baselineRisk) {
        if (baselineRisk < 0 || baselineRisk > 3) {
            throw new IllegalArgumentException("baselineRisk must be 0..3, was " + baselineRisk);
        }
        byDefender.put(defenderId, baselineRisk);
    }

    public void forget(String defenderId) {
        byDefender.remove(defenderId);
    }

    public int of(String defenderId) {
        return byDefender.getOrDefault(defenderId, 0);
    }
}
