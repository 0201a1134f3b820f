package org.centinela.escalation.domain.alert;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Her phone marked seized, as her alerts that are not over learn it: each gets a PHONE_SEIZED line, and every person
 * they contacted is told once ({@link Alert#phoneSeized}), by her most recent alert that contacted her — one message
 * per person, however many of her alerts reached her.
 *
 * @param number   the how-many-th time her phone was marked seized, her first being 1: a later seizure (after the
 *                 mode was cleared) tells her network again, the same one twice changes nothing
 * @param operator the operator who marked it; null when the defender did, with her code word
 */
public record PhoneSeizure(int number, String operator) {

    /** Who marked it when it was the defender, texting the code word she registered for it. */
    public static final String BY_CODE_WORD = "defender's code word";

    public PhoneSeizure {
        if (number < 1) {
            throw new IllegalArgumentException("a seizure's number starts at 1, was " + number);
        }
    }

    /** Who marked it, as the timeline and the audit log name her: the operator, or {@link #BY_CODE_WORD}. */
    public String by() {
        return operator == null ? BY_CODE_WORD : operator;
    }

    /** Marks it on {@code herAlerts} (not over), newest first, each acting under its {@code contexts}. */
    public void markOn(List<Alert> herAlerts, Function<Alert, AlertContext> contexts, Instant now) {
        Set<String> told = new HashSet<>();
        herAlerts.stream().sorted(Comparator.comparing(Alert::openedAt).reversed())
                .forEach(alert -> told.addAll(alert.phoneSeized(this, told, contexts.apply(alert), now)));
    }
}
