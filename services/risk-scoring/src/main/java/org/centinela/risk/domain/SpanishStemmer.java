package org.centinela.risk.domain;

import java.util.Map;

/**
 * A light suffix-stripping stemmer for Spanish, made to match threat words in SMS and reports, not to
 * find linguistic roots. On a folded word of the letters a–z (others are left as they are):
 *
 * <ol>
 * <li>Words of at most {@value #MIN_STEM} letters are left as they are ("me", "de", "van").</li>
 * <li>An attached object pronoun ("me", "nos", "la", "lo", "le", "las", "los", "les") is removed
 *     from an infinitive or gerund (-ar, -er, -ir, -ando, -iendo) of at least five letters: "matarme",
 *     "detenerla", "siguiéndonos". "Nos" is never removed after -er, so that "gobiernos" stays a noun;
 *     the five letters keep "duerme", "perlas" and "Carlos" whole.</li>
 * <li>The longest ending of the list below is removed, if at least {@value #MIN_STEM} letters remain:
 *     noun and adjective endings (-a, -o, -e, -s, -as, -os, -es, and -ares, -eres, -enes so that
 *     "militares" meets "militar" and "mujeres" meets "mujer"), participles (-ado, -ida, -idos…),
 *     gerunds (-ando, -iendo), infinitives (-ar, -er, -ir), present, preterite and imperfect endings
 *     (-amos, -an, -en, -aron, -ieron, -aba, -ían…), conditional and imperfect-subjunctive endings
 *     (-aría, -iera, -iese…), the -ear verbs (golpear: -eó, -eaba, -earon…), and the nouns made from
 *     verbs (-amiento, -imiento, -ación, -ición, -ción, -ancia). Future and subjunctive endings that
 *     look like a present tense ("-ara", "-era", "-aran") are left out: they would cut "dispara" to
 *     "disp" and so split it from "disparar".</li>
 * <li>A few stems that change inside the verb are folded into one: "sigu" (siguen, siguiendo) into
 *     "segu" (seguir, seguido), "persigu" into "persegu", "detuv" (detuvieron) into "deten" (detener),
 *     "hir" (hirieron) into "her" (herida).</li>
 * </ol>
 *
 * <p>So "amenaza", "amenazas", "amenazó", "amenazaron", "amenazando" and "amenazarla" all become
 * "amenaz"; "detenida", "detenidos", "detener" and "detención" become "deten"; "allanamiento" and
 * "allanaron" become "allan". Forms that change more than that (irregular verbs, "muerte" and "murió")
 * are listed separately in a lexicon.
 */
final class SpanishStemmer implements Stemmer {

    static final SpanishStemmer INSTANCE = new SpanishStemmer();

    /** The fewest letters a stem keeps. */
    static final int MIN_STEM = 3;
    /** The fewest letters an infinitive or gerund keeps when a pronoun is taken off it. */
    private static final int MIN_VERB_BEFORE_PRONOUN = 5;

    private static final Endings ENDINGS = Endings.of(
            // nouns and adjectives
            "a", "o", "e", "s", "as", "os", "es", "ares", "eres", "enes",
            // participles and gerunds
            "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ando", "iendo",
            // infinitives
            "ar", "er", "ir",
            // present
            "amos", "emos", "imos", "ais", "eis", "is", "an", "en",
            // preterite
            "aste", "asteis", "aron", "i", "iste", "isteis", "io", "ieron",
            // imperfect
            "aba", "abas", "abamos", "abais", "aban", "ia", "ias", "iamos", "iais", "ian",
            // future and conditional, where they cannot be taken for a present
            "aremos", "areis", "eremos", "ereis", "iremos", "ireis",
            "aria", "arias", "ariamos", "ariais", "arian",
            "eria", "erias", "eriamos", "eriais", "erian",
            "iria", "irias", "iriamos", "iriais", "irian",
            // imperfect subjunctive
            "iera", "ieras", "ieramos", "ierais", "ieran", "iese", "ieses", "iesemos", "ieseis", "iesen",
            "ase", "ases", "asen",
            // verbs in -ear: golpear, balear, rodear
            "ear", "eando", "eado", "eada", "eados", "eadas", "earon", "eaba", "eaban", "eamos", "ean", "ea", "eas",
            "eo", "ee",
            // nouns made from verbs
            "amiento", "amientos", "imiento", "imientos", "acion", "aciones", "icion", "iciones", "cion", "ciones",
            "ancia", "ancias");

    private static final Endings INFINITIVE_OR_GERUND = Endings.of("ar", "er", "ir", "ando", "iendo");
    private static final Endings INFINITIVE_OR_GERUND_NOT_ER = Endings.of("ar", "ir", "ando", "iendo");
    private static final String[] PRONOUNS = {"les", "los", "las", "nos", "le", "lo", "la", "me"};

    private static final Map<String, String> CHANGED_STEMS = Map.of(
            "sigu", "segu",
            "persigu", "persegu",
            "detuv", "deten",
            "hir", "her");

    private SpanishStemmer() {
    }

    @Override
    public String stem(String word) {
        if (word.length() <= MIN_STEM || !Stemmer.isPlainLetters(word)) {
            return word;
        }
        String verb = withoutAttachedPronoun(word);
        String stem = verb.substring(0, ENDINGS.longestCut(verb, MIN_STEM));
        return CHANGED_STEMS.getOrDefault(stem, stem);
    }

    private static String withoutAttachedPronoun(String word) {
        for (String pronoun : PRONOUNS) {
            if (word.endsWith(pronoun)) {
                String base = word.substring(0, word.length() - pronoun.length());
                Endings verbEndings = pronoun.equals("nos") ? INFINITIVE_OR_GERUND_NOT_ER : INFINITIVE_OR_GERUND;
                if (base.length() >= MIN_VERB_BEFORE_PRONOUN && verbEndings.endsOneOf(base)) {
                    return base;
                }
                return word;
            }
        }
        return word;
    }
}
