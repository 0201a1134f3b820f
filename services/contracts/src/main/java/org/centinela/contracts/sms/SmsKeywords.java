package org.centinela.contracts.sms;

import java.util.HashSet;
import java.util.Set;

/**
 * The words of the SMS grammar (contract §3), normalised as {@link SmsWords} sees them. Intake's grammar
 * reads messages with them; the directory refuses a code word that is one of them ({@link CodeWord}),
 * since the grammar would read the command instead.
 */
public final class SmsKeywords {

    /** A panic, from a defender or an unknown number. */
    public static final Set<String> PANIC = Set.of("sos", "ayuda", "auxilio", "help", "socorro", "ayudame", "ayudenme");
    /** An incident report. */
    public static final Set<String> REPORT = Set.of("reporte", "report");
    /** A cancel with her PIN, alone or after {@link #ESTOY}. */
    public static final Set<String> SAFE = Set.of("bien", "safe");
    public static final String ESTOY = "estoy";
    /** Closes a check-in with her PIN, alone or after {@link #YA}. */
    public static final Set<String> ARRIVED = Set.of("llegue", "arrived");
    public static final String YA = "ya";
    /** Starts a check-in timer; {@link #CHECK} followed by "in" does too. */
    public static final Set<String> CHECK_IN = Set.of("voy", "checkin");
    public static final String CHECK = "check";
    public static final Set<String> CHECK_IN_FILLERS = Set.of("en", "in");
    /** A responder acknowledges. */
    public static final Set<String> ACKNOWLEDGE = Set.of("ok", "1", "ack", "si", "yes", "okey", "okay");
    /** A responder declines. */
    public static final Set<String> DECLINE = Set.of("no", "2");
    /** A responder resolves. */
    public static final Set<String> RESOLVE = Set.of("resuelto", "resuelta", "resolved");
    /** Words that may stand before an alert code. */
    public static final Set<String> CODE_FILLERS = Set.of("codigo", "code", "alerta", "alert");

    /** Keywords that may be glued to the number after them: "bien4821", "ok4821", "voy30". */
    public static final Set<String> GLUED = union(PANIC, REPORT, SAFE, ARRIVED, CHECK_IN, ACKNOWLEDGE, DECLINE,
            RESOLVE, CODE_FILLERS, CHECK_IN_FILLERS);
    /** Every word of the grammar: a code word must be none of them. */
    public static final Set<String> RESERVED = union(GLUED, Set.of(ESTOY, YA, CHECK));

    private static final Set<String> PANIC_WITHOUT_REPEATS = withoutRepeats(PANIC);

    private SmsKeywords() {
    }

    /**
     * Whether {@code word} (normalised) is a panic keyword, forgiving repeated letters ("ayudaaa", "sooos"):
     * a missed alarm is worse than a false one.
     */
    public static boolean isPanic(String word) {
        return PANIC.contains(word) || PANIC_WITHOUT_REPEATS.contains(withoutRepeats(word));
    }

    /** "ayudaaa" → "ayuda", "sooos" → "sos". */
    private static String withoutRepeats(String word) {
        StringBuilder collapsed = new StringBuilder(word.length());
        int previous = -1;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (c != previous) {
                collapsed.appendCodePoint(c);
            }
            previous = c;
        }
        return collapsed.toString();
    }

    private static Set<String> withoutRepeats(Set<String> words) {
        Set<String> collapsed = new HashSet<>();
        words.forEach(word -> collapsed.add(withoutRepeats(word)));
        return Set.copyOf(collapsed);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
