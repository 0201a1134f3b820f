package org.centinela.sandbox.domain;

/**
 * How many SMS segments a text costs, as carriers count them: GSM-7 when every character is in the
 * GSM 03.38 alphabet (160 characters alone, 153 a segment when concatenated; extension characters
 * such as {@code €} or {@code [} count twice), UCS-2 otherwise (70 alone, 67 a segment, counted in
 * UTF-16 units, so an emoji counts twice). Spanish accents such as á, í, ó, ú are not GSM-7.
 */
public record Segments(Encoding encoding, int count) {

    /** The two encodings of SMS text. */
    public enum Encoding { GSM_7, UCS_2 }

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public Segments {
        if (encoding == null) {
            throw new IllegalArgumentException("encoding is required");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
    }

    public static Segments of(String text) {
        int septets = gsmSeptets(text);
        if (septets >= 0) {
            return new Segments(Encoding.GSM_7, segments(septets, 160, 153));
        }
        return new Segments(Encoding.UCS_2, segments(text.length(), 70, 67));
    }

    /** The GSM-7 length of {@code text}, or -1 when a character is not in the GSM alphabet. */
    private static int gsmSeptets(String text) {
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
        if (units == 0) {
            return 1;
        }
        return units <= single ? 1 : (units + concatenated - 1) / concatenated;
    }
}
