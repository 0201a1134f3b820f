package org.centinela.console.adapter.in.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.centinela.console.adapter.in.web.PolicyEditor.Field;
import org.centinela.console.adapter.in.web.PolicyEditor.SummaryLine;

/**
 * The risk model's form as the page renders it: each input labelled in plain words with its value and errors
 * (tied to it by {@code aria-describedby}), and a summary of every error that links to its input.
 */
public record RiskEditor(List<Labelled> weights, List<Labelled> baseline, List<Labelled> thresholds,
        List<Labelled> lexicons, Labelled newLanguage, Labelled newLexicon, Labelled hotZones,
        List<SummaryLine> summary) {

    public RiskEditor {
        weights = List.copyOf(weights);
        baseline = List.copyOf(baseline);
        thresholds = List.copyOf(thresholds);
        lexicons = List.copyOf(lexicons);
        summary = List.copyOf(summary);
    }

    /** An input with the words that name it and, when it needs one, a hint of what to write. */
    public record Labelled(Field field, String label, String hint) {
    }

    static RiskEditor of(RiskForm form, FormErrors errors, Map<String, String> t) {
        List<Labelled> lexicons = new ArrayList<>();
        form.lexicons().forEach((language, text) -> lexicons.add(labelled(RiskForm.LEXICONS + language, text,
                errors, t)));
        List<SummaryLine> summary = new ArrayList<>();
        errors.byField().forEach((field, messages) -> messages.forEach(message -> summary.add(
                new SummaryLine(field.isEmpty() ? "" : "#" + PolicyForm.inputId(field), label(field, t), message))));
        return new RiskEditor(numbers(RiskForm.WEIGHTS, form, errors, t), numbers(RiskForm.BASELINE, form, errors, t),
                numbers(RiskForm.THRESHOLDS, form, errors, t), lexicons,
                labelled(RiskForm.NEW_LANGUAGE, form.newLanguage(), errors, t),
                labelled(RiskForm.NEW_LEXICON, form.newLexicon(), errors, t),
                labelled(RiskForm.HOT_ZONES, form.hotZones(), errors, t), summary);
    }

    public boolean invalid() {
        return !summary.isEmpty();
    }

    /**
     * How an input is named: "Panic", "Baseline risk 2", "Words in es"; the texts are keyed {@code risk.} and
     * the input's name without its index.
     */
    static String label(String field, Map<String, String> t) {
        if (field.isEmpty()) {
            return "";
        }
        if (field.startsWith(RiskForm.LEXICONS)) {
            return t.get("risk.lexicon").replace("{language}", field.substring(RiskForm.LEXICONS.length()));
        }
        int bracket = field.indexOf('[');
        if (bracket > 0) {
            return t.get("risk." + field.substring(0, bracket)) + " " + field.substring(bracket + 1, field.length() - 1);
        }
        return t.getOrDefault("risk." + field, field);
    }

    private static List<Labelled> numbers(List<String> keys, RiskForm form, FormErrors errors, Map<String, String> t) {
        return keys.stream().map(key -> labelled(key, form.numbers().get(key), errors, t)).toList();
    }

    private static Labelled labelled(String key, String value, FormErrors errors, Map<String, String> t) {
        String hintKey = "risk." + (key.startsWith(RiskForm.LEXICONS) ? "lexicon" : key.replaceAll("\\[\\d+\\]$", ""))
                + "Hint";
        return new Labelled(Field.of(key, value, errors), label(key, t),
                t.getOrDefault(hintKey, ""));
    }
}
