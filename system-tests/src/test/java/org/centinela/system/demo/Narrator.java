package org.centinela.system.demo;

import java.time.Duration;
import java.time.Instant;

/** Tells the drill on the terminal, each step in Spanish and then in English, with the time since the SOS. */
final class Narrator {

    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    private final Duration pause;
    private Instant sos;

    Narrator(Duration pause) {
        this.pause = pause;
    }

    /** A heading: what the next steps show. */
    void chapter(String spanish, String english) {
        System.out.printf("%n%s== %s%s%n   %s%s%s%n", BOLD, spanish, RESET, DIM, english, RESET);
    }

    /** One thing that happened, then a pause so that the phones page can be watched. */
    void say(String spanish, String english) {
        System.out.printf("%s  %s%n         %s%s%s%n", clock(), spanish, DIM, english, RESET);
        System.out.flush();
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the system answered or holds, shown as is. */
    void show(String text) {
        text.lines().forEach(line -> System.out.printf("         %s%s%s%n", DIM, line, RESET));
    }

    /** From now on, times are told from this instant (the SOS). */
    void startClock(Instant at) {
        sos = at;
    }

    String since(Instant at) {
        return sos == null ? "" : String.format("+%.1f s", Duration.between(sos, at).toMillis() / 1000.0);
    }

    private String clock() {
        return sos == null ? "       " : String.format("%7s", since(Instant.now()));
    }
}
