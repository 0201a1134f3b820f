package org.centinela.console.adapter.in.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centinela.console.domain.OperatorDuration;
import org.centinela.console.domain.Policy;
import org.centinela.contracts.alert.BriefDisclosure;

/**
 * The policy editor's form, every value as the operator typed it, so that a refused form comes back as she
 * left it. Its fields are named after the policy's JSON paths ({@code name}, {@code levels[1].quorum},
 * {@code levels[0].channels}, {@code startLevelByGrade.CRITICAL}): a field escalation names in a 422 is found
 * by {@link #fieldOf(String)}.
 *
 * @param starts    grade → start level as typed
 * @param resolveBy who may end its alerts as chosen ({@link Policy#RESOLVE_RULES})
 */
public record PolicyForm(String id, String name, List<LevelForm> levels, Map<String, String> starts,
        String resolveBy) {

    /** The channels a level may use, in the order the form shows them. */
    public static final List<String> CHANNELS = List.of("SMS", "VOICE", "EMAIL");

    private static final Pattern LEVEL_KEY = Pattern.compile("levels\\[(\\d{1,2})\\]\\.(\\w+)");
    private static final Pattern LEVEL_PATH = Pattern.compile(
            "(levels\\[\\d+\\])(?:\\.(name|targets|channels|quorum|escalateAfter|repeatEvery|brief)(?:\\[\\d+\\])?)?");
    private static final Pattern START_PATH = Pattern.compile("startLevelByGrade(?:\\.(?:LOW|ELEVATED|HIGH|CRITICAL))?");

    public PolicyForm {
        id = id == null ? "" : id.strip();
        name = name == null ? "" : name;
        levels = List.copyOf(levels);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String grade : Policy.GRADES) {
            typed.put(grade, starts == null ? "" : Objects.requireNonNullElse(starts.get(grade), ""));
        }
        starts = Collections.unmodifiableMap(typed);
        resolveBy = Objects.requireNonNullElse(resolveBy, "");
    }

    /**
     * One level as typed: targets one per line, channels as the boxes ticked, and when its people are sent her brief
     * ({@code ON_CONTACT}, {@code ON_ACK}, {@code NEVER} as chosen).
     */
    public record LevelForm(String name, String targets, List<String> channels, String quorum, String escalateAfter,
            String repeatEvery, String brief) {

        /** A level still to be filled in, at {@code index}: by SMS, quorum 1, escalation's brief rule for its place. */
        static LevelForm empty(int index) {
            return new LevelForm("", "", List.of("SMS"), "1", "", "", Policy.briefByDefault(index).name());
        }

        public LevelForm {
            name = Objects.requireNonNullElse(name, "");
            targets = Objects.requireNonNullElse(targets, "");
            List<String> ticked = channels == null ? List.of() : channels;
            channels = CHANNELS.stream().filter(ticked::contains).toList();
            quorum = Objects.requireNonNullElse(quorum, "");
            escalateAfter = Objects.requireNonNullElse(escalateAfter, "");
            repeatEvery = Objects.requireNonNullElse(repeatEvery, "");
            brief = Objects.requireNonNullElse(brief, "");
        }

        public List<String> targetList() {
            return Arrays.stream(targets.split("[\\s,]+")).filter(t -> !t.isEmpty()).toList();
        }
    }

    /** A new policy: one level to fill in, every grade starting at level 1. */
    public static PolicyForm blank() {
        Map<String, String> starts = new LinkedHashMap<>();
        Policy.GRADES.forEach(grade -> starts.put(grade, "1"));
        return new PolicyForm("", "", List.of(LevelForm.empty(0)), starts, Policy.RESOLVE_BY_DEFAULT);
    }

    /** The form pre-filled with a policy, its durations written the way an operator types them. */
    public static PolicyForm of(Policy policy) {
        List<LevelForm> levels = policy.levels().stream()
                .map(level -> new LevelForm(level.name(), String.join("\n", level.targets()), level.channels(),
                        String.valueOf(level.quorum()), OperatorDuration.written(level.escalateAfter()),
                        level.repeats() ? OperatorDuration.written(level.repeatEvery()) : "", level.brief().name()))
                .toList();
        Map<String, String> starts = new LinkedHashMap<>();
        policy.startLevelByGrade().forEach((grade, level) -> starts.put(grade, String.valueOf(level)));
        return new PolicyForm(policy.id(), policy.name(), levels, starts, policy.resolveBy());
    }

    /** The form as the browser sent it; {@code id} is the policy the page edits, or {@code null} for a new one. */
    public static PolicyForm submitted(String id, Map<String, List<String>> fields) {
        FormText.readable(fields);
        int count = 0;
        for (String key : fields.keySet()) {
            Matcher m = LEVEL_KEY.matcher(key);
            if (m.matches()) {
                count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
            }
        }
        List<LevelForm> levels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String prefix = "levels[" + i + "].";
            levels.add(new LevelForm(first(fields, prefix + "name"), first(fields, prefix + "targets"),
                    fields.getOrDefault(prefix + "channels", List.of()), first(fields, prefix + "quorum"),
                    first(fields, prefix + "escalateAfter"), first(fields, prefix + "repeatEvery"),
                    first(fields, prefix + "brief")));
        }
        Map<String, String> starts = new LinkedHashMap<>();
        Policy.GRADES.forEach(grade -> starts.put(grade, first(fields, "startLevelByGrade." + grade)));
        return new PolicyForm(id == null ? first(fields, "id") : id, first(fields, "name"), levels, starts,
                first(fields, "resolveBy"));
    }

    /** The same form with an empty level more at the end. */
    public PolicyForm withOneMoreLevel() {
        List<LevelForm> more = new ArrayList<>(levels);
        more.add(LevelForm.empty(levels.size()));
        return new PolicyForm(id, name, more, starts, resolveBy);
    }

    /** The same form without its last level (it keeps one). */
    public PolicyForm withoutLastLevel() {
        return levels.size() <= 1 ? this
                : new PolicyForm(id, name, levels.subList(0, levels.size() - 1), starts, resolveBy);
    }

    /**
     * The policy this form says, or what the console itself cannot read in it (a policy id, a number, a
     * duration), by field and in the reader's words; everything else is escalation's to judge.
     */
    public Reading read(Map<String, String> words) {
        FormErrors errors = new FormErrors();
        if (!id.matches("[^\\s/?#%]{1,100}")) {
            errors.add("id", words.get("policy.error.id"));
        }
        List<Policy.Level> read = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            LevelForm level = levels.get(i);
            String prefix = "levels[" + i + "].";
            Integer quorum = number(level.quorum(), prefix + "quorum", words, errors);
            Duration escalateAfter = duration(level.escalateAfter(), prefix + "escalateAfter", words, errors);
            Duration repeatEvery = level.repeatEvery().isBlank() ? null
                    : duration(level.repeatEvery(), prefix + "repeatEvery", words, errors);
            BriefDisclosure brief = brief(level.brief(), i, prefix + "brief", words, errors);
            if (quorum != null && escalateAfter != null && (repeatEvery != null || level.repeatEvery().isBlank())
                    && brief != null) {
                read.add(new Policy.Level(level.name().strip(), level.targetList(), level.channels(), quorum,
                        escalateAfter, repeatEvery, brief));
            }
        }
        Map<String, Integer> startLevels = new LinkedHashMap<>();
        starts.forEach((grade, typed) -> {
            if (!typed.isBlank()) {
                Integer level = number(typed, "startLevelByGrade." + grade, words, errors);
                if (level != null) {
                    startLevels.put(grade, level);
                }
            }
        });
        String resolveRule = resolveBy.isBlank() ? Policy.RESOLVE_BY_DEFAULT : resolveBy.strip();
        if (!Policy.RESOLVE_RULES.contains(resolveRule)) {
            errors.add("resolveBy", words.get("policy.error.resolveBy"));
        }
        if (!errors.isEmpty()) {
            return new Reading(null, errors);
        }
        return new Reading(new Policy(id, 0, name.strip(), read, startLevels, resolveRule), errors);
    }

    /** What {@link #read} made of the form: a policy, or the errors that kept it from being one. */
    public record Reading(Policy policy, FormErrors errors) {
        public boolean readable() {
            return policy != null;
        }
    }

    /**
     * The form field a field path of escalation's 422 belongs to: {@code levels[1].quorum} to itself,
     * {@code levels[0].targets[1]} to {@code levels[0].targets}, {@code startLevelByGrade.CRITICAL} to itself;
     * {@code ""} for a path the form has no field for (it shows in the summary only).
     */
    public static String fieldOf(String path) {
        if (path == null) {
            return "";
        }
        Matcher level = LEVEL_PATH.matcher(path);
        if (level.matches()) {
            return level.group(2) == null ? level.group(1) : level.group(1) + "." + level.group(2);
        }
        if (START_PATH.matcher(path).matches() || path.equals("name") || path.equals("levels") || path.equals("id")
                || path.equals("resolveBy")) {
            return path;
        }
        return "";
    }

    /** The id of a field's input in the page: {@code levels[1].quorum} → {@code levels-1-quorum}. */
    public static String inputId(String field) {
        return field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    private static Integer number(String typed, String field, Map<String, String> words, FormErrors errors) {
        try {
            int n = Integer.parseInt(typed.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, words.get("policy.error.number"));
        return null;
    }

    /** The brief rule chosen; none chosen is escalation's rule for the level's place, anything else an error. */
    private static BriefDisclosure brief(String chosen, int index, String field, Map<String, String> words,
            FormErrors errors) {
        if (chosen.isBlank()) {
            return Policy.briefByDefault(index);
        }
        try {
            return BriefDisclosure.valueOf(chosen.strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, words.get("policy.error.brief"));
            return null;
        }
    }

    private static Duration duration(String typed, String field, Map<String, String> words, FormErrors errors) {
        try {
            return OperatorDuration.read(typed);
        } catch (IllegalArgumentException e) {
            errors.add(field, words.get("policy.error.duration"));
            return null;
        }
    }

    private static String first(Map<String, List<String>> fields, String key) {
        List<String> values = fields.get(key);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
