package org.centinela.console.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A policy read back as a schedule in plain words, times counted from the start of an alert that starts
 * at level 1 ("0:00 SMS and call to Ana and Luis (level 1: Trusted contacts)", when they are sent her name, words
 * and place ("with the first contact"), "every 1:00 again to whoever has not answered", "2:00 without 1 answer →
 * level 2: …", then what happens after the last level, and who may end the alert), and
 * where each grade starts ("CRITICAL starts at level 2, at 0:00 instead of 2:00: …").
 *
 * <p>The words come from the reader's language ({@code schedule.*}, {@code channel.*}, {@code grade.*}).
 *
 * @param lines  the escalation, level by level
 * @param starts one line per grade the policy gives a start level
 */
public record PolicySchedule(List<String> lines, List<String> starts) {

    public PolicySchedule {
        lines = List.copyOf(lines);
        starts = List.copyOf(starts);
    }

    /**
     * @param peopleOf the names a target ({@code group:unidad}, {@code responder:ana}) reaches, as far as they are known
     * @param words    the reader's words
     */
    public static PolicySchedule of(Policy policy, Function<String, List<String>> peopleOf, Map<String, String> words) {
        Objects.requireNonNull(words, "words");
        List<String> lines = new ArrayList<>();
        List<Long> startsAt = new ArrayList<>();
        long at = 0;
        List<Policy.Level> levels = policy.levels();
        for (int i = 0; i < levels.size(); i++) {
            Policy.Level level = levels.get(i);
            startsAt.add(at);
            String people = people(level, peopleOf, words);
            String channels = list(level.channels().stream().map(c -> words.getOrDefault("channel." + c, c)).toList(), words);
            if (i == 0) {
                lines.add(words.get("schedule.first").replace("{at}", clock(at)).replace("{channels}", channels)
                        .replace("{people}", people).replace("{level}", "1").replace("{name}", level.name()));
            } else {
                Policy.Level before = levels.get(i - 1);
                lines.add(words.get("schedule.next").replace("{at}", clock(at))
                        .replace("{answers}", answers(before.quorum(), words)).replace("{level}", String.valueOf(i + 1))
                        .replace("{name}", level.name()).replace("{channels}", channels).replace("{people}", people));
            }
            lines.add(words.get("schedule.brief." + level.brief().name()));
            if (level.repeats()) {
                lines.add(words.get("schedule.repeat").replace("{every}", clock(level.repeatEvery())));
            }
            at += level.escalateAfter().toSeconds();
        }
        if (!levels.isEmpty()) {
            Policy.Level last = levels.get(levels.size() - 1);
            lines.add(words.get("schedule.last").replace("{at}", clock(at))
                    .replace("{answers}", answers(last.quorum(), words)).replace("{every}", clock(last.escalateAfter())));
        }
        lines.add(words.get("schedule.resolveBy." + policy.resolveBy()));
        lines.add(words.get("schedule.resolveBy.duress"));
        return new PolicySchedule(lines, starts(policy, startsAt, words));
    }

    private static List<String> starts(Policy policy, List<Long> startsAt, Map<String, String> words) {
        List<String> starts = new ArrayList<>();
        policy.startLevelByGrade().forEach((grade, level) -> {
            String line;
            if (level == null || level < 1 || level > startsAt.size()) {
                line = words.get("schedule.startsNowhere");
            } else if (startsAt.get(level - 1) == 0) {
                line = words.get("schedule.starts");
            } else {
                line = words.get("schedule.startsLater").replace("{offset}", clock(startsAt.get(level - 1)));
            }
            starts.add(line.replace("{grade}", words.getOrDefault("grade." + grade, grade))
                    .replace("{level}", String.valueOf(level)).replace("{at}", clock(0)));
        });
        return starts;
    }

    private static String people(Policy.Level level, Function<String, List<String>> peopleOf, Map<String, String> words) {
        List<String> names = new ArrayList<>();
        for (String target : level.targets()) {
            peopleOf.apply(target).stream().filter(name -> !names.contains(name)).forEach(names::add);
        }
        return names.isEmpty() ? words.get("schedule.nobody") : list(names, words);
    }

    private static String answers(int quorum, Map<String, String> words) {
        return words.get(quorum == 1 ? "schedule.answer" : "schedule.answers").replace("{n}", String.valueOf(quorum));
    }

    /** "a", "a and b", "a, b and c" in the reader's language. */
    static String list(List<String> items, Map<String, String> words) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + words.get("schedule.and") + " "
                + items.get(items.size() - 1);
    }

    private static String clock(Duration duration) {
        return clock(duration.toSeconds());
    }

    private static String clock(long seconds) {
        return TimelinePicture.clock(seconds);
    }
}
