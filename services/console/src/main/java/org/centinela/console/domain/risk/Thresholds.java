package org.centinela.console.domain.risk;

/** The scores at which ELEVATED, HIGH and CRITICAL begin; below {@code elevated} a signal is LOW. */
public record Thresholds(int elevated, int high, int critical) {
}
