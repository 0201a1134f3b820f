package org.centinela.notification.domain;

/** What a key pressed during a call means: 1 acknowledge, 2 decline, 9 hear the message again. */
public enum Keypress {
    ACKNOWLEDGE,
    DECLINE,
    REPEAT,
    /** Any other key, or none: she is told the options again. */
    OTHER;

    public static Keypress of(String digits) {
        if (digits == null) {
            return OTHER;
        }
        switch (digits.trim()) {
            case "1" -> {
                return ACKNOWLEDGE;
            }
            case "2" -> {
                return DECLINE;
            }
            case "9" -> {
                return REPEAT;
            }
            default -> {
                return OTHER;
            }
        }
    }
}
