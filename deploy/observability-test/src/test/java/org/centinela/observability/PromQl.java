package org.centinela.observability;

import java.util.Set;
import java.util.TreeSet;

/**
 * The metric names a PromQL expression reads, found by a small tokenizer: an identifier is a metric name unless it
 * calls a function or an aggregation (followed by {@code (}, or by {@code by} or {@code without}), is a keyword ({@code and}, {@code by}, {@code on} ...),
 * or stands where labels do (inside {@code {...}}, or in the list after {@code by}, {@code without}, {@code on},
 * {@code ignoring}, {@code group_left}, {@code group_right}). Strings, numbers, durations and ranges ({@code [10m]})
 * are skipped. Names are returned as written: the list of exposed metrics holds them as Prometheus stores them
 * ({@code _total}, {@code _bucket}, {@code _count}, {@code _sum} included).
 */
final class PromQl {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan");
    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right");

    private PromQl() {
    }

    static Set<String> metricNames(String expression) {
        Set<String> names = new TreeSet<>();
        String e = expression;
        int i = 0;
        while (i < e.length()) {
            char c = e.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = afterString(e, i);
            } else if (c == '#') {
                i = afterLine(e, i);
            } else if (c == '{') {
                i = after(e, i, '{', '}');
            } else if (c == '[') {
                i = after(e, i, '[', ']');
            } else if (Character.isDigit(c) || c == '.') {
                i = afterWord(e, i);
            } else if (Character.isLetter(c) || c == '_' || c == ':') {
                int end = afterWord(e, i);
                String word = e.substring(i, end);
                int next = skipSpaces(e, end);
                boolean call = next < e.length() && e.charAt(next) == '(' || grouped(e, next);
                if (LABEL_LISTS.contains(word)) {
                    i = call ? after(e, next, '(', ')') : end;
                    continue;
                }
                if (!call && !KEYWORDS.contains(word)) {
                    names.add(word);
                }
                i = end;
            } else {
                i++;
            }
        }
        return names;
    }

    /** Whether {@code by} or {@code without} starts at {@code i}: what precedes it is an aggregation. */
    private static boolean grouped(String e, int i) {
        if (i >= e.length() || !Character.isLetter(e.charAt(i))) {
            return false;
        }
        String word = e.substring(i, afterWord(e, i));
        return word.equals("by") || word.equals("without");
    }

    private static int afterWord(String e, int i) {
        int end = i;
        while (end < e.length() && (Character.isLetterOrDigit(e.charAt(end)) || e.charAt(end) == '_'
                || e.charAt(end) == ':' || e.charAt(end) == '.')) {
            end++;
        }
        return end;
    }

    private static int skipSpaces(String e, int i) {
        while (i < e.length() && Character.isWhitespace(e.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int afterLine(String e, int i) {
        int end = e.indexOf('\n', i);
        return end < 0 ? e.length() : end + 1;
    }

    private static int afterString(String e, int i) {
        char quote = e.charAt(i);
        int j = i + 1;
        while (j < e.length() && e.charAt(j) != quote) {
            j += e.charAt(j) == '\\' && quote != '`' ? 2 : 1;
        }
        return j + 1;
    }

    /** Past the {@code close} that matches the {@code open} at {@code i}, strings inside skipped. */
    private static int after(String e, int i, char open, char close) {
        int depth = 0;
        int j = i;
        while (j < e.length()) {
            char c = e.charAt(j);
            if (c == '"' || c == '\'' || c == '`') {
                j = afterString(e, j);
                continue;
            }
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return j + 1;
            }
            j++;
        }
        throw new IllegalArgumentException("unbalanced " + open + " in " + e);
    }
}
