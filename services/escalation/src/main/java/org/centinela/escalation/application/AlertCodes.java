package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Short codes responders type in their replies ("OK 4821"): four random digits while they are easy
 * to find, more digits once many alerts are open at the same time. Random rather than counted, so a
 * code says nothing about how many alerts there were.
 */
@ApplicationScoped
public class AlertCodes {

    static final int TRIES_PER_LENGTH = 20;
    static final int SHORTEST = 4;
    static final int LONGEST = 9;

    private final RandomGenerator random;

    public AlertCodes() {
        this(new SecureRandom());
    }

    AlertCodes(RandomGenerator random) {
        this.random = random;
    }

    /** A code that {@code inUse} does not know. */
    public String next(Predicate<String> inUse) {
        for (int digits = SHORTEST; digits <= LONGEST; digits++) {
            for (int attempt = 0; attempt < TRIES_PER_LENGTH; attempt++) {
                String code = digits(digits);
                if (!inUse.test(code)) {
                    return code;
                }
            }
        }
        throw new IllegalStateException("no free alert code of up to " + LONGEST + " digits");
    }

    private String digits(int length) {
        StringBuilder code = new StringBuilder(length);
        code.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < length; i++) {
            code.append((char) ('0' + random.nextInt(10)));
        }
        return code.toString();
    }
}
