package org.centinela.notification.domain;

/** An e-mail in plain text and HTML; the alert's code is in its subject. */
public record Email(String subject, String text, String html) {

    public Email {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("subject must be one line");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        if (html == null || html.isBlank()) {
            throw new IllegalArgumentException("html must not be blank");
        }
    }

    @Override
    public String toString() {
        return "Email[" + text.length() + " characters of text]";
    }
}
