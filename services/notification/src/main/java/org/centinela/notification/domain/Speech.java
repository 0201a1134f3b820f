package org.centinela.notification.domain;

import java.util.Objects;

/**
 * What a call says, in one language: the message; the options (press 1, 2 or 9) when the step asks for an
 * answer, or null when it only informs; what the alert's brief says of her (her name and the place in her own
 * words), said after the options when the call carries it, else null; and the closing words said before hanging
 * up when nothing was pressed after the message was said twice.
 */
public record Speech(String language, String message, String menu, String brief, String closing) {

    /** What a call says after a keypress. */
    public enum Reply {
        /** She pressed 1: thanked, told it is recorded. */
        ACKNOWLEDGED,
        /** She pressed 2: told someone else will be asked. */
        DECLINED,
        /** Another key: told it is not an option, before the message and the options again. */
        INVALID_KEY
    }

    public Speech {
        Objects.requireNonNull(language, "language must not be null");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        if (closing == null || closing.isBlank()) {
            throw new IllegalArgumentException("closing must not be blank");
        }
        menu = menu == null || menu.isBlank() ? null : menu;
        brief = brief == null || brief.isBlank() ? null : brief;
    }

    /** A call that says nothing of her. */
    public Speech(String language, String message, String menu, String closing) {
        this(language, message, menu, null, closing);
    }

    public boolean asksForAnswer() {
        return menu != null;
    }

    @Override
    public String toString() {
        return "Speech[" + language + ", " + message.length() + " characters" + (menu == null ? "" : ", with options")
                + (brief == null ? "" : ", with the brief") + "]";
    }
}
