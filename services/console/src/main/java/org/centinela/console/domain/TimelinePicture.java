package org.centinela.console.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An alert's story as a picture: time runs left to right from its opening; a band on top shows which
 * level was running when; one row per person contacted, with a mark per message or call (its channel's
 * letter, coloured by how far it got) and a tick where she answered. Coordinates are in the SVG's own
 * units ({@link #WIDTH} wide), so the page only draws what is computed here.
 */
public record TimelinePicture(int width, int height, List<Band> bands, List<Row> rows, List<Mark> marks,
        List<AnswerMark> answers, List<Tick> ticks) {

    public static final int WIDTH = 960;
    private static final int LEFT = 150;
    private static final int RIGHT = 20;
    private static final int BAND_TOP = 24;
    private static final int BAND_HEIGHT = 26;
    private static final int ROW_HEIGHT = 32;

    public TimelinePicture {
        bands = List.copyOf(bands);
        rows = List.copyOf(rows);
        marks = List.copyOf(marks);
        answers = List.copyOf(answers);
        ticks = List.copyOf(ticks);
    }

    /** The picture of {@code story} at {@code now}, people named by {@code nameOf} (an id where no name is known). */
    public static TimelinePicture of(AlertStory story, Instant now, Function<String, String> nameOf) {
        Instant start = story.start();
        Instant end = story.end(now);
        double span = Math.max(1, Duration.between(start, end).toMillis());
        int plot = WIDTH - LEFT - RIGHT;
        Function<Instant, Integer> x = at -> LEFT
                + (int) Math.round(Math.max(0, Math.min(1, Duration.between(start, at).toMillis() / span)) * plot);

        List<Band> bands = new ArrayList<>();
        List<AlertStory.LevelStart> levels = story.levels();
        for (int i = 0; i < levels.size(); i++) {
            AlertStory.LevelStart level = levels.get(i);
            int from = x.apply(level.at());
            int to = i + 1 < levels.size() ? x.apply(levels.get(i + 1).at()) : LEFT + plot;
            bands.add(new Band(from, BAND_TOP, Math.max(2, to - from), BAND_HEIGHT, level.number(), level.name(),
                    level.quorum()));
        }

        List<String> people = story.people();
        List<Row> rows = new ArrayList<>();
        int firstRow = BAND_TOP + BAND_HEIGHT + 12;
        for (int i = 0; i < people.size(); i++) {
            int y = firstRow + i * ROW_HEIGHT + ROW_HEIGHT / 2;
            rows.add(new Row(LEFT - 8, y, nameOf.apply(people.get(i)), LEFT, WIDTH - RIGHT));
        }

        List<Mark> marks = new ArrayList<>();
        for (AlertStory.Contact contact : story.contacts()) {
            int y = rows.get(people.indexOf(contact.personId())).y();
            String state = contact.failed() ? "failed" : contact.arrived() ? "arrived"
                    : "REQUESTED".equals(contact.status()) ? "requested" : "sent";
            marks.add(new Mark(x.apply(contact.at()), y, contact.channel().substring(0, 1), contact.channel(),
                    contact.status(), state, nameOf.apply(contact.personId()), contact.level()));
        }
        List<AnswerMark> answers = new ArrayList<>();
        for (AlertStory.Answer answer : story.answers()) {
            int y = rows.get(people.indexOf(answer.personId())).y();
            answers.add(new AnswerMark(x.apply(answer.at()), y, answer.kind(), answer.kind().toLowerCase(),
                    nameOf.apply(answer.personId()), answer.channel()));
        }

        List<Tick> ticks = new ArrayList<>();
        long seconds = Duration.between(start, end).toSeconds();
        long step = niceStep(seconds);
        for (long s = 0; s <= seconds; s += step) {
            ticks.add(new Tick(x.apply(start.plusSeconds(s)), clock(s), 0));
        }
        int height = firstRow + Math.max(1, people.size()) * ROW_HEIGHT + 28;
        int bottom = height - 20;
        ticks = ticks.stream().map(t -> new Tick(t.x(), t.label(), bottom)).collect(java.util.stream.Collectors.toList());
        return new TimelinePicture(WIDTH, height, bands, rows, marks, answers, ticks);
    }

    /** Seconds since the alert opened as the schedule reads them: {@code 2:05}, {@code 1:02:00}. */
    public static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    private static long niceStep(long seconds) {
        long[] steps = {5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400};
        for (long step : steps) {
            if (seconds / step <= 8) {
                return step;
            }
        }
        return 86400 * Math.max(1, seconds / 86400 / 8);
    }

    /** The time a level ran: from its start to the next level's. */
    public record Band(int x, int y, int width, int height, int level, String name, int quorum) {
        public int textX() {
            return x + 4;
        }

        public int textY() {
            return y + 17;
        }
    }

    /** A person's row: her label at {@code labelX}, a line from {@code fromX} to {@code toX}. */
    public record Row(int labelX, int y, String label, int fromX, int toX) {
        public int textY() {
            return y + 4;
        }
    }

    /** One message or call; {@code state} is requested, sent, arrived or failed. */
    public record Mark(int x, int y, String letter, String channel, String status, String state, String person,
            int level) {
        public int textY() {
            return y + 4;
        }
    }

    /** Where someone answered; {@code css} is ack, decline or resolve. */
    public record AnswerMark(int x, int y, String kind, String css, String person, String channel) {
        /** A small triangle above her row, pointing up. */
        public String path() {
            return "M" + (x - 7) + " " + (y - 12) + " l7 -10 l7 10 z";
        }
    }

    /** A label on the time axis. */
    public record Tick(int x, String label, int bottom) {
        public int labelY() {
            return bottom + 14;
        }
    }
}
