package org.centinela.console.adapter.in.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centinela.console.domain.FieldProblem;
import org.centinela.console.domain.risk.HotZone;
import org.centinela.console.domain.risk.Lexicon;
import org.centinela.console.domain.risk.LexiconEntry;
import org.centinela.console.domain.risk.ModelRefused;
import org.centinela.console.domain.risk.RiskModel;
import org.centinela.console.domain.risk.Thresholds;
import org.centinela.console.domain.risk.Weights;

/**
 * The risk model's form, every value as the operator typed it, so that a refused form comes back as she left it.
 * Its inputs are named after the model's JSON paths ({@code weights.panic}, {@code weights.baselineByLevel[2]},
 * {@code thresholds.high}, {@code lexicons.es}, {@code hotZones}), plus {@code newLanguage} and
 * {@code newLexicon} for a language to add: what risk-scoring names in a 422 is placed by {@link #errorsOf}.
 *
 * @param numbers   each number input's value, by input name, in {@link #NUMBERS} order
 * @param lexicons  language code → its lines, {@code phrase = weight}
 * @param hotZones  the zones' lines, {@code id; name; lat; lon; radiusMetres; weight}
 */
public record RiskForm(Map<String, String> numbers, Map<String, String> lexicons, String newLanguage,
        String newLexicon, String hotZones) {

    /** The weights, one input each, in the order of the page. */
    static final List<String> WEIGHTS = List.of("weights.panic", "weights.checkinMissed", "weights.report",
            "weights.alertLast30Days", "weights.alertsLast30DaysCap", "weights.repeatWithin10Minutes",
            "weights.repeatsWithin10MinutesCap", "weights.hotZone");
    static final List<String> BASELINE = List.of("weights.baselineByLevel[0]", "weights.baselineByLevel[1]",
            "weights.baselineByLevel[2]", "weights.baselineByLevel[3]");
    static final List<String> THRESHOLDS = List.of("thresholds.elevated", "thresholds.high", "thresholds.critical");
    /** Every number input. */
    static final List<String> NUMBERS = concat(WEIGHTS, BASELINE, THRESHOLDS);

    static final String NEW_LANGUAGE = "newLanguage";
    static final String NEW_LEXICON = "newLexicon";
    static final String HOT_ZONES = "hotZones";
    static final String LEXICONS = "lexicons.";

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern ENTRY_PATH = Pattern.compile("lexicons\\.([a-z]{2,3})\\.entries\\[(\\d+)\\].*");
    private static final Pattern LEXICON_PATH = Pattern.compile("lexicons\\.([a-z]{2,3})(?:\\.entries)?");
    private static final Pattern ZONE_PATH = Pattern.compile("hotZones\\[(\\d+)\\].*");

    public RiskForm {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String key : NUMBERS) {
            typed.put(key, Objects.requireNonNullElse(numbers.get(key), ""));
        }
        numbers = Collections.unmodifiableMap(typed);
        lexicons = Collections.unmodifiableSortedMap(new TreeMap<>(lexicons));
        newLanguage = Objects.requireNonNullElse(newLanguage, "").strip();
        newLexicon = Objects.requireNonNullElse(newLexicon, "");
        hotZones = Objects.requireNonNullElse(hotZones, "");
    }

    /** The form filled in with a model, its lexicons and zones written one a line. */
    public static RiskForm of(RiskModel model) {
        Weights w = model.weights();
        List<Integer> values = new ArrayList<>(List.of(w.panic(), w.checkinMissed(), w.report(), w.alertLast30Days(),
                w.alertsLast30DaysCap(), w.repeatWithin10Minutes(), w.repeatsWithin10MinutesCap(), w.hotZone()));
        values.addAll(w.baselineByLevel());
        Thresholds t = model.thresholds();
        values.addAll(List.of(t.elevated(), t.high(), t.critical()));
        Map<String, String> numbers = new LinkedHashMap<>();
        for (int i = 0; i < NUMBERS.size(); i++) {
            numbers.put(NUMBERS.get(i), String.valueOf(values.get(i)));
        }
        Map<String, String> lexicons = new TreeMap<>();
        model.lexicons().forEach((language, lexicon) -> lexicons.put(language, ModelLines.written(lexicon)));
        return new RiskForm(numbers, lexicons, "", "", ModelLines.written(model.hotZones()));
    }

    /** The form as the browser sent it; inputs of lexicons are {@code lexicons.<code>}, other names are ignored. */
    public static RiskForm submitted(Map<String, List<String>> fields) {
        FormText.readable(fields);
        Map<String, String> numbers = new LinkedHashMap<>();
        NUMBERS.forEach(key -> numbers.put(key, first(fields, key)));
        Map<String, String> lexicons = new TreeMap<>();
        fields.keySet().stream().filter(key -> key.startsWith(LEXICONS))
                .map(key -> key.substring(LEXICONS.length())).filter(code -> LANGUAGE.matcher(code).matches())
                .forEach(code -> lexicons.put(code, first(fields, LEXICONS + code)));
        return new RiskForm(numbers, lexicons, first(fields, NEW_LANGUAGE), first(fields, NEW_LEXICON),
                first(fields, HOT_ZONES));
    }

    /**
     * The model this form says, or what the console itself cannot read in it (a number, a line), by input and
     * in the reader's words; every rule of the model is risk-scoring's to judge.
     */
    public Reading read(Map<String, String> t) {
        FormErrors errors = new FormErrors();
        Map<String, Integer> read = new LinkedHashMap<>();
        numbers.forEach((key, typed) -> {
            try {
                read.put(key, Integer.valueOf(typed.strip()));
            } catch (NumberFormatException e) {
                errors.add(key, t.get("risk.error.number"));
            }
        });
        Map<String, Lexicon> lexiconsRead = new TreeMap<>();
        lexicons.forEach((language, text) -> lexicon(text, LEXICONS + language, t, errors)
                .ifPresent(lexicon -> lexiconsRead.put(language, lexicon)));
        if (!newLanguage.isEmpty() || !newLexicon.isBlank()) {
            if (!LANGUAGE.matcher(newLanguage).matches() || lexicons.containsKey(newLanguage)) {
                errors.add(NEW_LANGUAGE, t.get("risk.error.language"));
            }
            lexicon(newLexicon, NEW_LEXICON, t, errors).ifPresent(lexicon -> lexiconsRead.put(newLanguage, lexicon));
        }
        ModelLines.Read<HotZone> zones = ModelLines.hotZones(hotZones);
        zones.bad().forEach(line -> errors.add(HOT_ZONES, onLine(line.number(), t.get(line.problem()), t)));
        if (!errors.isEmpty()) {
            return new Reading(null, errors);
        }
        Weights weights = new Weights(read.get("weights.panic"), read.get("weights.checkinMissed"),
                read.get("weights.report"), BASELINE.stream().map(read::get).toList(),
                read.get("weights.alertLast30Days"), read.get("weights.alertsLast30DaysCap"),
                read.get("weights.repeatWithin10Minutes"), read.get("weights.repeatsWithin10MinutesCap"),
                read.get("weights.hotZone"));
        Thresholds thresholds = new Thresholds(read.get("thresholds.elevated"), read.get("thresholds.high"),
                read.get("thresholds.critical"));
        return new Reading(new RiskModel(weights, lexiconsRead, zones.entries(), thresholds), errors);
    }

    /** What {@link #read} made of the form: a model, or the errors that kept it from being one. */
    public record Reading(RiskModel model, FormErrors errors) {
        public boolean readable() {
            return model != null;
        }
    }

    /**
     * risk-scoring's refusal placed on this form: a weight or threshold next to its input, an entry of a lexicon
     * next to its language's lines and a hot zone next to the zones, each naming the line it came from; what
     * names no input shows at the top only ({@code ""}).
     */
    public FormErrors errorsOf(ModelRefused refused, Map<String, String> t) {
        FormErrors errors = new FormErrors();
        RuleSentence.allIn(refused.problems(), t).forEach(problem -> place(problem, errors, t));
        return errors;
    }

    private void place(FieldProblem problem, FormErrors errors, Map<String, String> t) {
        String path = named(problem);
        String message = problem.message().startsWith(path + " ")
                ? problem.message().substring(path.length() + 1) : problem.message();
        Matcher entry = ENTRY_PATH.matcher(path);
        Matcher lexicon = LEXICON_PATH.matcher(path);
        Matcher zone = ZONE_PATH.matcher(path);
        if (entry.matches()) {
            String input = lexiconInput(entry.group(1));
            errors.add(input, onLine(ModelLines.lineOf(typedIn(input), Integer.parseInt(entry.group(2))), message, t));
        } else if (lexicon.matches()) {
            errors.add(lexiconInput(lexicon.group(1)), message);
        } else if (zone.matches()) {
            errors.add(HOT_ZONES, onLine(ModelLines.lineOf(hotZones, Integer.parseInt(zone.group(1))), message, t));
        } else if (NUMBERS.contains(path) || path.equals(HOT_ZONES)) {
            errors.add(path, message);
        } else {
            errors.add("", problem.message());
        }
    }

    /**
     * The path a problem is about. A rule of the weights or the thresholds as a whole is answered at
     * {@code weights} or {@code thresholds} (the object the rule refused), its message starting with the exact
     * field ({@code "weights.panic must be 0..100, was 120"}): that field is the one meant.
     */
    private static String named(FieldProblem problem) {
        String path = problem.field();
        String first = problem.message().split(" ", 2)[0];
        if ((path.equals("weights") || path.equals("thresholds")) && first.startsWith(path + ".")) {
            return first;
        }
        return path;
    }

    /** The input of a language's lines: its own textarea, or the new language's when it is the one being added. */
    private String lexiconInput(String language) {
        return !lexicons.containsKey(language) && language.equals(newLanguage) ? NEW_LEXICON : LEXICONS + language;
    }

    private String typedIn(String input) {
        return input.equals(NEW_LEXICON) ? newLexicon : lexicons.getOrDefault(input.substring(LEXICONS.length()), "");
    }

    private static Optional<Lexicon> lexicon(String text, String input, Map<String, String> t,
            FormErrors errors) {
        ModelLines.Read<LexiconEntry> read = ModelLines.lexicon(text);
        read.bad().forEach(line -> errors.add(input, onLine(line.number(), t.get(line.problem()), t)));
        return read.readable() ? Optional.of(new Lexicon(read.entries())) : Optional.empty();
    }

    private static String onLine(int line, String message, Map<String, String> t) {
        return t.get("risk.line").replace("{line}", String.valueOf(line)) + " " + message;
    }

    private static String first(Map<String, List<String>> fields, String key) {
        List<String> values = fields.get(key);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
