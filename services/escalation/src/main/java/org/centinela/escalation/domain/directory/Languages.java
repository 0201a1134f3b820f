package org.centinela.escalation.domain.directory;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The languages a person's messages and voice prompts may be in, as ISO 639 codes: every two-letter
 * ISO 639-1 code and the three-letter ISO 639-2 code of each (as the JDK knows them: {@code es},
 * {@code spa}), and the ISO 639-3 codes of the Indigenous languages of Mesoamerica that defenders and
 * responders of the network speak, which have no two-letter code (K'iche' {@code quc}, Mam {@code mam},
 * Q'eqchi' {@code kek} …). A code is lowercase, as ISO 639 writes it.
 */
public final class Languages {

    /**
     * ISO 639-3 (and the ISO 639-2 collective codes {@code nah}, {@code zap}, {@code mix}, {@code oto}) of
     * the region's Indigenous languages: the 22 Mayan languages of Guatemala with Garífuna and Xinka; the
     * main Mayan, Nahua, Zapotec, Mixtec and Otomí languages of southern Mexico; Nawat (El Salvador);
     * Miskito, Mayangna, Rama, Pech and Tol (Nicaragua, Honduras); Ngäbere, Buglere, Guna, Emberá and
     * Wounaan (Panama); Bribri and Cabécar (Costa Rica); Belize Kriol.
     */
    static final Set<String> MESOAMERICAN = Set.of(
            "acr", "agu", "caa", "cac", "cak", "itz", "ixl", "jac", "kek", "kjb", "knj", "mam", "mop", "poc", "poh",
            "quc", "qum", "quv", "ttc", "tzj", "usp", "cab", "xin",
            "yua", "tzo", "tzh", "ctu", "toj", "lac", "hus", "nah", "nhe", "nch", "zap", "mix", "oto", "maz", "tsz",
            "ppl",
            "miq", "sum", "rma", "pay", "jic",
            "gym", "sab", "cuk", "emp", "noa",
            "bzd", "cjp",
            "bzj");

    private static final Set<String> KNOWN = known();

    private Languages() {
    }

    /** Whether {@code code} is a language code the directory accepts. */
    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    private static Set<String> known() {
        Set<String> codes = new HashSet<>(MESOAMERICAN);
        for (String twoLetter : Locale.getISOLanguages()) {
            codes.add(twoLetter);
            try {
                String threeLetter = Locale.forLanguageTag(twoLetter).getISO3Language();
                if (threeLetter.length() == 3) {
                    codes.add(threeLetter);
                }
            } catch (java.util.MissingResourceException e) {
                // A two-letter code without a three-letter one: the two letters are enough.
            }
        }
        return Set.copyOf(codes);
    }
}
