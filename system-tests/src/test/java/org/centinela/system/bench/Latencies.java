package org.centinela.system.bench;

import java.util.List;

/** Latencies in milliseconds, summarised by nearest-rank percentiles. */
public record Latencies(int count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    public Latencies {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }

    public static Latencies of(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Latencies(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile: the smallest value with at least {@code percent} % of values at or below it. */
    static double rank(double[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
