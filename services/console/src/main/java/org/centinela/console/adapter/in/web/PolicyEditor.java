package org.centinela.console.adapter.in.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.centinela.console.domain.Policy;
import org.centinela.contracts.alert.BriefDisclosure;

/**
 * The policy editor as the page renders it: each input with its id, value and errors (the page ties them
 * with {@code aria-describedby}), and a summary of every error that links to its input.
 *
 * @param editable whether she may save (operators); an auditor reads the same form disabled, without a save button
 * @param fresh    a policy not saved yet: its id is still to be chosen
 * @param action   where the form posts
 * @param closers  the choices of who may end its alerts ({@link Policy#RESOLVE_RULES})
 */
public record PolicyEditor(boolean editable, boolean fresh, String action, Field id, Field name, Field levelsField,
        List<LevelFields> levels, Field startsField, List<Field> starts, Field resolveBy, List<Choice> closers,
        List<SummaryLine> summary) {

    public PolicyEditor {
        levels = List.copyOf(levels);
        starts = List.copyOf(starts);
        closers = List.copyOf(closers);
        summary = List.copyOf(summary);
    }

    static PolicyEditor of(PolicyForm form, FormErrors errors, boolean editable, boolean fresh, Map<String, String> t) {
        List<LevelFields> levels = new ArrayList<>();
        for (int i = 0; i < form.levels().size(); i++) {
            levels.add(LevelFields.of(i, form.levels().get(i), errors));
        }
        List<Field> starts = Policy.GRADES.stream()
                .map(grade -> Field.of("startLevelByGrade." + grade, form.starts().get(grade), errors)).toList();
        List<SummaryLine> summary = new ArrayList<>();
        errors.byField().forEach((field, messages) -> messages.forEach(message -> summary.add(
                new SummaryLine(field.isEmpty() ? "" : "#" + PolicyForm.inputId(field), label(field, t), message))));
        return new PolicyEditor(editable, fresh, fresh ? "/policies" : "/policies/" + form.id(),
                Field.of("id", form.id(), errors), Field.of("name", form.name(), errors),
                Field.of("levels", "", errors), levels, Field.of("startLevelByGrade", "", errors), starts,
                Field.of("resolveBy", form.resolveBy(), errors), choices(Policy.RESOLVE_RULES, form.resolveBy()),
                summary);
    }

    /** Each of {@code rules}, the one {@code chosen} marked. */
    static List<Choice> choices(List<String> rules, String chosen) {
        return rules.stream().map(rule -> new Choice(rule, rule.equals(chosen.strip()))).toList();
    }

    /** How a summary line names a field: "Level 2 · Quorum", "Start level · CRITICAL". */
    static String label(String field, Map<String, String> t) {
        if (field.startsWith("levels[")) {
            int close = field.indexOf(']');
            String level = t.get("level") + " " + (Integer.parseInt(field.substring("levels[".length(), close)) + 1);
            return close + 1 < field.length() ? level + " · " + t.get("policy." + field.substring(close + 2)) : level;
        }
        if (field.startsWith("startLevelByGrade.")) {
            String grade = field.substring("startLevelByGrade.".length());
            return t.get("policy.starts") + " · " + t.getOrDefault("grade." + grade, grade);
        }
        return switch (field) {
            case "" -> "";
            case "startLevelByGrade" -> t.get("policy.starts");
            case "levels" -> t.get("policy.levels");
            default -> t.getOrDefault("policy." + field, field);
        };
    }

    public boolean invalid() {
        return !summary.isEmpty();
    }

    /** One input: its form name, its id in the page, its value and what is wrong with it. */
    public record Field(String key, String id, String value, List<String> errors) {

        public Field {
            errors = List.copyOf(errors);
        }

        static Field of(String key, String value, FormErrors errors) {
            return new Field(key, PolicyForm.inputId(key), value, errors.of(key));
        }

        public boolean invalid() {
            return !errors.isEmpty();
        }

        public String errorId() {
            return id + "-error";
        }

        /** The grade of a start-level field ({@code startLevelByGrade.HIGH} → {@code HIGH}). */
        public String grade() {
            return key.substring(key.indexOf('.') + 1);
        }
    }

    /** The inputs of one level; {@code number} counts from 1; {@code briefs} the choices of when her brief is sent. */
    public record LevelFields(int number, Field level, Field name, Field targets, Field channels, List<ChannelBox> boxes,
            Field quorum, Field escalateAfter, Field repeatEvery, Field brief, List<Choice> briefs) {

        static LevelFields of(int index, PolicyForm.LevelForm form, FormErrors errors) {
            String prefix = "levels[" + index + "]";
            Field channels = Field.of(prefix + ".channels", "", errors);
            List<ChannelBox> boxes = PolicyForm.CHANNELS.stream()
                    .map(c -> new ChannelBox(channels.key(), channels.id() + "-" + c, c, form.channels().contains(c)))
                    .toList();
            List<Choice> briefs = choices(Arrays.stream(BriefDisclosure.values()).map(Enum::name).toList(),
                    form.brief());
            return new LevelFields(index + 1, Field.of(prefix, "", errors), Field.of(prefix + ".name", form.name(), errors),
                    Field.of(prefix + ".targets", form.targets(), errors), channels, boxes,
                    Field.of(prefix + ".quorum", form.quorum(), errors),
                    Field.of(prefix + ".escalateAfter", form.escalateAfter(), errors),
                    Field.of(prefix + ".repeatEvery", form.repeatEvery(), errors),
                    Field.of(prefix + ".brief", form.brief(), errors), briefs);
        }
    }

    /**
     * One choice of a select: when a level's people are sent her brief ({@code ON_CONTACT}, {@code ON_ACK},
     * {@code NEVER}), who may end an alert ({@code ANY_RESPONDER}, {@code QUORUM}, {@code OPERATOR}).
     */
    public record Choice(String rule, boolean chosen) {
    }

    /** One channel's checkbox in a level. */
    public record ChannelBox(String name, String id, String channel, boolean checked) {
    }

    /** One error in the summary at the top: a link to its input ({@code href} empty when it has none), the field, the message. */
    public record SummaryLine(String href, String field, String message) {
    }
}
