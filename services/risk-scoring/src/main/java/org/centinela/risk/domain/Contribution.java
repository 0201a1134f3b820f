package org.centinela.risk.domain;

/** How explanations write a factor's contribution: with its sign, "+25", "-12", "+0". */
final class Contribution {

    private Contribution() {
    }

    static String signed(int points) {
        return points < 0 ? Integer.toString(points) : "+" + points;
    }
}
