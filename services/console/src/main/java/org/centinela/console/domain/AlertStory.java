package org.centinela.console.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alert's timeline read into what the picture draws: the levels started, each contact (who, on which
 * channel, at which level, and how far it got) and each answer. escalation writes its timeline lines in
 * fixed forms ({@code domain/alert/Alert} there); a line this does not recognise is left to the raw list.
 */
public final class AlertStory {

    private static final Pattern LEVEL = Pattern.compile("level (\\d+) \\((.*)\\): (\\d+) (?:person|people), quorum (\\d+)");
    private static final Pattern REQUESTED = Pattern.compile("(\\w+) to (\\S+) on (\\w+) \\(level (\\d+), round (\\d+)\\)");
    private static final Pattern STATUS = Pattern.compile("(\\w+) to (\\S+) on (\\w+): (\\w+)( \\(error .*\\))?");
    private static final Pattern RESPONSE = Pattern.compile("(\\w+) from (\\S+) \\((\\w+)\\) by (\\w+)");

    private final Alert alert;
    private final List<LevelStart> levels = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Answer> answers = new ArrayList<>();

    private AlertStory(Alert alert) {
        this.alert = alert;
    }

    static AlertStory of(Alert alert) {
        AlertStory story = new AlertStory(alert);
        Map<String, Integer> openContact = new LinkedHashMap<>();
        for (Alert.TimelineLine line : alert.timeline()) {
            Matcher m;
            switch (line.type()) {
                case "LEVEL_STARTED":
                    m = LEVEL.matcher(line.detail());
                    if (m.matches()) {
                        story.levels.add(new LevelStart(Integer.parseInt(m.group(1)), m.group(2), line.at(),
                                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
                    }
                    break;
                case "NOTIFICATION_REQUESTED":
                    m = REQUESTED.matcher(line.detail());
                    if (m.matches()) {
                        String key = m.group(1) + "|" + m.group(2) + "|" + m.group(3);
                        openContact.put(key, story.contacts.size());
                        story.contacts.add(new Contact(m.group(2), m.group(3), m.group(1),
                                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), line.at(), "REQUESTED",
                                null));
                    }
                    break;
                case "NOTIFICATION_STATUS":
                    m = STATUS.matcher(line.detail());
                    if (m.matches()) {
                        Integer index = openContact.get(m.group(1) + "|" + m.group(2) + "|" + m.group(3));
                        if (index != null) {
                            story.contacts.set(index, story.contacts.get(index).reached(m.group(4), line.at()));
                        }
                    }
                    break;
                case "RESPONSE":
                    m = RESPONSE.matcher(line.detail());
                    if (m.matches()) {
                        story.answers.add(new Answer(m.group(2), m.group(1), m.group(3), m.group(4), line.at()));
                    }
                    break;
                default:
                    break;
            }
        }
        return story;
    }

    public List<LevelStart> levels() {
        return List.copyOf(levels);
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** The people contacted, in the order they were first contacted. */
    public List<String> people() {
        List<String> people = new ArrayList<>();
        contacts.forEach(c -> {
            if (!people.contains(c.personId())) {
                people.add(c.personId());
            }
        });
        answers.forEach(a -> {
            if (!people.contains(a.personId())) {
                people.add(a.personId());
            }
        });
        return people;
    }

    /** "1 of 2 at level 2": acknowledgements by people of the current level against its quorum. */
    public Optional<QuorumProgress> quorumProgress() {
        Optional<LevelStart> current = levels.stream().filter(l -> l.number() == alert.level()).findFirst();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        int level = current.get().number();
        long acknowledged = alert.acks().stream()
                .map(Alert.Acknowledgement::responderId)
                .distinct()
                .filter(person -> contacts.stream().anyMatch(c -> c.level() == level && c.personId().equals(person)))
                .count();
        return Optional.of(new QuorumProgress((int) acknowledged, current.get().quorum(), level));
    }

    /** Where the picture's time axis starts and ends: the alert's opening, and its last line (at least a minute on). */
    public Instant start() {
        return alert.openedAt();
    }

    public Instant end(Instant now) {
        Instant last = alert.timeline().isEmpty() ? alert.openedAt()
                : alert.timeline().get(alert.timeline().size() - 1).at();
        Instant end = alert.isOpen() && now.isAfter(last) ? now : last;
        Instant atLeast = start().plus(Duration.ofMinutes(1));
        return end.isBefore(atLeast) ? atLeast : end;
    }

    /** A level of the policy that started. */
    public record LevelStart(int number, String name, Instant at, int people, int quorum) {
    }

    /**
     * One message or call to one person: how far it got ({@code REQUESTED}, then the last status notification
     * reported: {@code QUEUED}, {@code SENT}, {@code DELIVERED}, {@code FAILED}, {@code ANSWERED}, {@code NO_ANSWER}).
     */
    public record Contact(String personId, String channel, String purpose, int level, int round, Instant at,
            String status, Instant statusAt) {

        Contact reached(String newStatus, Instant when) {
            return new Contact(personId, channel, purpose, level, round, at, newStatus, when);
        }

        public boolean failed() {
            return "FAILED".equals(status) || "NO_ANSWER".equals(status);
        }

        public boolean arrived() {
            return "DELIVERED".equals(status) || "ANSWERED".equals(status);
        }
    }

    /** ACK, DECLINE or RESOLVE from one person, on one channel. */
    public record Answer(String personId, String kind, String actor, String channel, Instant at) {
    }

    /** How many of the people of a level acknowledged, of how many needed. */
    public record QuorumProgress(int acknowledged, int quorum, int level) {
    }
}
