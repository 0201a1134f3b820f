package org.centinela.intake;

import java.util.List;
import java.util.Random;
import org.centinela.contracts.signal.SignalReceived;

/**
 * SMS bodies no phone would send, drawn from a seed: blank ones, random Unicode with NUL, control characters, lone
 * surrogates, emoji and unassigned or private code points, often after a word of the SMS card, up to the longest body
 * the webhook takes; and a form encoding that sends a lone surrogate as its three bytes ({@code %ED%A0%80}).
 */
public final class RandomSmsBodies {

    private static final List<String> BLANKS = List.of("", " ", "   ", "\n", "\t\r\n", "\u00a0", "\u3000");
    private static final List<String> WORDS = List.of("SOS ", "AYUDA", "s o s ", "REPORTE", "REPORTE ", "BIEN ",
            "VOY ", "LLEGUÉ ", "OK ", "RESUELTO ", "girasol ", "");
    private static final int[][] RANGES = {
        {0x20, 0x7e},          // ASCII
        {0x00, 0x1f},          // control characters, NUL among them
        {0x7f, 0x9f},          // DEL and C1 controls
        {0xa0, 0x24f},         // Latin letters and accents
        {0xd800, 0xdfff},      // lone surrogates
        {0x1f300, 0x1faff},    // emoji
        {0x200b, 0x206f},      // invisible characters, directional marks
        {0xe000, 0xffff},      // private use, specials, U+FFFE and U+FFFF
        {0x10000, 0x10ffff},   // anything beyond the BMP
    };

    private final Random random;

    public RandomSmsBodies(long seed) {
        random = new Random(seed);
    }

    /** The next body: one in ten blank, one in ten up to the longest a body may be, the others up to 200 characters. */
    public String next() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return BLANKS.get(random.nextInt(BLANKS.size()));
        }
        int length = kind == 1 ? random.nextInt(SignalReceived.MAX_TEXT_LENGTH) : random.nextInt(200);
        StringBuilder body = new StringBuilder(WORDS.get(random.nextInt(WORDS.size())));
        while (body.length() < length) {
            int[] range = RANGES[random.nextInt(RANGES.length)];
            int codePoint = range[0] + random.nextInt(range[1] - range[0] + 1);
            if (Character.isSurrogate((char) codePoint) && codePoint <= 0xffff) {
                body.append((char) codePoint);
            } else {
                body.appendCodePoint(codePoint);
            }
        }
        return body.length() > length && length > 0 ? body.substring(0, length) : body.toString();
    }

    /**
     * {@code text} percent-encoded as a form value in UTF-8; a lone surrogate, which has no UTF-8 form, as the three
     * bytes it would have ({@code %ED%A0%80}), as a broken encoder sends it.
     */
    public static String formEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-_.*".indexOf(c) >= 0)) {
                encoded.append(c);
            } else if (c == ' ') {
                encoded.append('+');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                percent(encoded, text.substring(i, i + 2).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                i++;
            } else if (Character.isSurrogate(c)) {
                percent(encoded, new byte[] {(byte) 0xed, (byte) (0x80 | ((c >> 6) & 0x3f)), (byte) (0x80 | (c & 0x3f))});
            } else {
                percent(encoded, String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return encoded.toString();
    }

    private static void percent(StringBuilder encoded, byte[] bytes) {
        for (byte b : bytes) {
            encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
    }
}
