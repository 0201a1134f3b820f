package org.centinela.intake;

import java.util.Arrays;

/**
 * The two-sample Kolmogorov–Smirnov test: whether two samples could come from one distribution. {@code d} is the
 * largest distance between their empirical distribution functions; {@code pValue} the chance of a distance at least
 * that large if they did (the asymptotic Kolmogorov distribution, with Stephens' correction for finite samples).
 *
 * @param d      the statistic, 0 to 1
 * @param pValue the chance of {@code d} or more under one distribution
 */
public record KolmogorovSmirnov(double d, double pValue) {

    public static KolmogorovSmirnov of(long[] first, long[] second) {
        long[] a = first.clone();
        long[] b = second.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < a.length && j < b.length) {
            long value = Math.min(a[i], b[j]);
            while (i < a.length && a[i] == value) {
                i++;
            }
            while (j < b.length && b[j] == value) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / a.length - (double) j / b.length));
        }
        double n = Math.sqrt((double) a.length * b.length / (a.length + b.length));
        return new KolmogorovSmirnov(d, kolmogorovTail((n + 0.12 + 0.11 / n) * d));
    }

    /** P(K > lambda) for the Kolmogorov distribution: 2 Σ (-1)^(k-1) exp(-2 k² λ²). */
    private static double kolmogorovTail(double lambda) {
        if (lambda < 0.2) {
            return 1;
        }
        double sum = 0;
        for (int k = 1; k <= 100; k++) {
            double term = Math.exp(-2.0 * k * k * lambda * lambda);
            sum += (k % 2 == 1 ? term : -term);
            if (term < 1e-12) {
                break;
            }
        }
        return Math.max(0, Math.min(1, 2 * sum));
    }
}
