package org.centinela.notification.domain;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The text of an SMS and what it costs. Carriers send a text in GSM-7 when every character is in the
 * GSM 03.38 alphabet (160 characters in one segment, 153 a segment when concatenated; {@code ^{}[]~|€\}
 * count twice), and in UCS-2 as soon as one is not (70, then 67 a segment). Spanish é, ñ, ü, ¿ and ¡ are
 * GSM-7; á, í, ó and ú are not, so "está" alone makes a message cost as if it were more than twice as long.
 */
public record SmsText(String text) {

    /** The two encodings of SMS text. */
    public enum Encoding { GSM_7, UCS_2 }

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public SmsText {
        Objects.requireNonNull(text, "text must not be null");
    }

    public Encoding encoding() {
        return septets(text) >= 0 ? Encoding.GSM_7 : Encoding.UCS_2;
    }

    /** How many segments the text is sent (and billed) as. */
    public int segments() {
        int septets = septets(text);
        if (septets >= 0) {
            return segments(septets, 160, 153);
        }
        return segments(text.length(), 70, 67);
    }

    /**
     * The same text in the GSM-7 alphabet, so that it costs GSM-7 segments: letters keep their base letter
     * (á → a, Ó → O, ç → c) unless the alphabet has them as they are (é, ñ, ü, ¿, ¡ stay), typographic
     * quotes and dashes become plain ones, and whatever has no GSM-7 form becomes {@code ?}.
     */
    public SmsText toGsm7() {
        StringBuilder gsm = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> gsm.append(gsm7(codePoint)));
        return new SmsText(gsm.toString());
    }

    private static String gsm7(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        if (character.length() == 1 && isGsm(character.charAt(0))) {
            return character;
        }
        switch (codePoint) {
            case '\u2018', '\u2019', '\u00B4', '`' -> {
                return "'";
            }
            case '\u201C', '\u201D', '\u00AB', '\u00BB' -> {
                return "\"";
            }
            case '\u2013', '\u2014', '\u2212' -> {
                return "-";
            }
            case '\u2026' -> {
                return "...";
            }
            case '\u00A0', '\t' -> {
                return " ";
            }
            default -> {
                // falls through to removing the accent below
            }
        }
        String base = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (!base.isEmpty() && base.chars().allMatch(c -> isGsm((char) c))) {
            return base;
        }
        return "?";
    }

    private static boolean isGsm(char c) {
        return GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0;
    }

    /** The GSM-7 length of {@code text} in septets, or -1 when a character is not in the alphabet. */
    private static int septets(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return -1;
            }
        }
        return septets;
    }

    private static int segments(int units, int single, int concatenated) {
        if (units <= single) {
            return 1;
        }
        return (units + concatenated - 1) / concatenated;
    }

    /** The length and encoding only: the text itself is a message to a person and is not logged. */
    @Override
    public String toString() {
        return "SmsText[" + text.length() + " characters, " + encoding() + ", " + segments() + " segments]";
    }
}
