package org.centinela.system.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centinela.system.bench.Latencies;

/**
 * The invariants of the chaos run, checked against the evidence alone (what the load sent, the sandbox's and
 * GreenMail's records, the topics), never against what a service says of itself:
 * <ol>
 * <li>every accepted alarm opened exactly one alert (none for a check-in closed in time), and its first level's
 * contact was texted or called;</li>
 * <li>every person a step meant to reach (a request on {@code notifications.requested}) got it exactly once per
 * channel at the sandbox or GreenMail, or its failure was reported on {@code notifications.status} and she was
 * reached on another channel;</li>
 * <li>every duress PIN made the alert CRITICAL (and did not cancel it); every right PIN cancelled it;</li>
 * <li>every step fell due and fired no later than {@code chaos.late-after-seconds} after it was due;</li>
 * <li>no record in any {@code *.dlq} topic (the load sends nothing invalid).</li>
 * </ol>
 */
final class Verdict {

    /** One invariant: how many times it was broken, with a few examples. */
    static final class Check {
        final String name;
        int broken;
        final List<String> examples = new ArrayList<>();

        Check(String name) {
            this.name = name;
        }

        void broken(String example) {
            broken++;
            if (examples.size() < 8) {
                examples.add(example);
            }
        }
    }

    final Map<String, Check> checks = new LinkedHashMap<>();
    int alerts;
    int lost;
    int duplicates;
    int requested;
    int delivered;
    int failedReported;
    int notAccepted;
    int notPlayed;
    /** Check-ins whose "LLEGUE" the faults held up past the minute: their alert was due. */
    int checkInsClosedLate;
    /** Check-ins closed around the end of the minute, too close to it to judge their alert. */
    int checkInsClosedNearDue;
    int emailCopiesResent;
    int dlqValid;
    final Map<String, Integer> dlqByTopic = new LinkedHashMap<>();
    final List<Double> lateness = new ArrayList<>();
    final List<Double> latenessUnderFaults = new ArrayList<>();
    final List<Double> latenessQuiet = new ArrayList<>();

    private Verdict() {
        for (String name : List.of("one alert per accepted alarm", "no alert for a closed check-in",
                "first level reached",
                "each delivery exactly once", "failure reported and another channel used", "duress made CRITICAL",
                "right PIN cancelled", "step fired in time", "nothing valid in a dead-letter topic")) {
            checks.put(name, new Check(name));
        }
    }

    boolean passed() {
        return checks.values().stream().allMatch(check -> check.broken == 0);
    }

    static Verdict of(List<Episode> episodes, Evidence evidence, List<FaultSchedule.Fault> faults,
            ChaosSettings settings) {
        Verdict verdict = new Verdict();
        verdict.emailCopiesResent = evidence.emailCopiesResent;
        Map<String, Set<String>> alertsOf = new HashMap<>();
        Map<String, List<JsonNode>> lifecycleOf = new HashMap<>();
        for (Evidence.Event event : evidence.topic("alerts.lifecycle")) {
            if (event.value() == null) {
                continue;
            }
            String alert = event.value().path("alertId").asText();
            lifecycleOf.computeIfAbsent(alert, a -> new ArrayList<>()).add(event.value());
            if ("OPENED".equals(event.value().path("kind").asText())) {
                alertsOf.computeIfAbsent(event.value().path("defenderId").asText(), d -> new HashSet<>()).add(alert);
            }
        }
        verdict.alerts = alertsOf.values().stream().mapToInt(Set::size).sum();
        for (Episode episode : episodes) {
            if (!episode.played) {
                verdict.notPlayed++;
                continue;
            }
            verdict.alertsOf(episode, alertsOf.getOrDefault(episode.defender.id(), Set.of()), lifecycleOf,
                    evidence);
        }
        verdict.deliveries(episodes, evidence, lifecycleOf);
        verdict.lateness(episodes, evidence, faults, settings);
        evidence.topics.forEach((topic, records) -> {
            if (topic.endsWith(".dlq")) {
                int valid = (int) records.stream().filter(record -> record.value() != null).count();
                verdict.dlqByTopic.put(topic, records.size());
                verdict.dlqValid += valid;
                records.stream().limit(3).forEach(record -> verdict.checks.get("nothing valid in a dead-letter topic")
                        .broken(topic + " partition " + record.partition() + " offset " + record.offset() + " key "
                                + record.key()));
                for (int i = 3; i < records.size(); i++) {
                    verdict.checks.get("nothing valid in a dead-letter topic").broken++;
                }
            }
        });
        return verdict;
    }

    private void alertsOf(Episode episode, Set<String> alerts, Map<String, List<JsonNode>> lifecycleOf,
            Evidence evidence) {
        String who = episode.kind + " #" + episode.index + " (defender " + episode.defender.id() + ")";
        if (!episode.accepted) {
            notAccepted++;
            return;
        }
        if (!episode.kind.alarm()) {
            if (episode.closingAccepted && !alerts.isEmpty()) {
                // Intake starts the minute when it takes "VOY 1": after the load first sent it, by the time it
                // answered. A close taken before the earliest of those is in time for sure; one first sent after the
                // latest is late for sure (the alert was due); in between, the run cannot say.
                if (!episode.closingAcceptedAt.isAfter(episode.startedAt.plus(Episode.CHECK_IN))) {
                    checks.get("no alert for a closed check-in").broken(who + ": " + alerts.size() + " alert(s); "
                            + trail(episode, evidence));
                    duplicates += alerts.size();
                } else if (episode.closingSentAt.isAfter(episode.acceptedAt.plus(Episode.CHECK_IN))) {
                    checkInsClosedLate++;
                } else {
                    checkInsClosedNearDue++;
                }
            }
            return;
        }
        if (alerts.size() != 1) {
            checks.get("one alert per accepted alarm").broken(who + ": " + alerts.size() + " alerts " + alerts);
            if (alerts.isEmpty()) {
                lost++;
            } else {
                duplicates += alerts.size() - 1;
            }
        }
        if (alerts.isEmpty() || !episode.closingAccepted) {
            return;
        }
        List<JsonNode> events = alerts.stream().flatMap(alert -> lifecycleOf.getOrDefault(alert, List.of()).stream())
                .toList();
        boolean cancelled = events.stream().anyMatch(event -> "CANCELLED".equals(event.path("kind").asText()));
        if (episode.kind == Episode.Kind.CANCEL && !cancelled) {
            checks.get("right PIN cancelled").broken(who + ": alert " + alerts + " not cancelled; " + trail(episode,
                    evidence));
        }
        if (episode.kind == Episode.Kind.DURESS) {
            boolean critical = events.stream().anyMatch(event -> "CRITICAL".equals(event.path("grade").asText()));
            if (!critical || cancelled) {
                checks.get("duress made CRITICAL").broken(who + ": alert " + alerts + (critical ? " CRITICAL but" : " not")
                        + " CRITICAL" + (cancelled ? ", cancelled" : "") + "; " + trail(episode, evidence));
            }
        }
    }

    /**
     * Where her signals went, to tell a follow-up that was lost from one that overtook her alarm: each of her records
     * on {@code signals.received}, {@code signals.assessed} and {@code alerts.lifecycle} in the order of their
     * offsets, as "type partition@offset signal".
     */
    private static String trail(Episode episode, Evidence evidence) {
        StringBuilder trail = new StringBuilder();
        for (String topic : List.of("signals.received", "signals.assessed", "alerts.lifecycle")) {
            trail.append(topic).append(':');
            evidence.topic(topic).stream()
                    .filter(event -> event.value() != null
                            && episode.defender.id().equals(event.value().path("defenderId").asText()))
                    .sorted(Comparator.comparingLong(Evidence.Event::offset))
                    .forEach(event -> trail.append(' ').append(event.value().path(
                                    "alerts.lifecycle".equals(topic) ? "kind" : "type").asText())
                            .append(' ').append(event.partition()).append('@').append(event.offset()).append(' ')
                            .append(event.value().path("signalId").asText("").replaceAll("-.*", "")));
            trail.append("; ");
        }
        return trail.toString();
    }

    private void deliveries(List<Episode> episodes, Evidence evidence, Map<String, List<JsonNode>> lifecycleOf) {
        Map<String, Set<String>> keys = new HashMap<>();
        Map<String, JsonNode> requests = new HashMap<>();
        for (Evidence.Event event : evidence.topic("notifications.requested")) {
            if (event.value() != null) {
                JsonNode request = event.value();
                keys.computeIfAbsent(request.path("personId").asText() + "/" + request.path("channel").asText(),
                        k -> new HashSet<>()).add(request.path("idempotencyKey").asText());
                requests.put(request.path("idempotencyKey").asText(), request);
            }
        }
        Map<String, JsonNode> failed = new HashMap<>();
        for (Evidence.Event event : evidence.topic("notifications.status")) {
            if (event.value() != null && "FAILED".equals(event.value().path("status").asText())) {
                failed.putIfAbsent(event.value().path("idempotencyKey").asText(), event.value());
            }
        }
        for (Episode episode : episodes) {
            if (!episode.played) {
                continue;
            }
            if (episode.accepted && episode.kind.alarm()) {
                // Every alert starts at level 1, whose contact is texted and called at once.
                int reached = evidence.smsTo.getOrDefault(episode.contact.phone(), List.of()).size()
                        + evidence.callsTo.getOrDefault(episode.contact.phone(), List.of()).size();
                if (reached == 0) {
                    lost++;
                    checks.get("first level reached").broken(episode.kind + " #" + episode.index + " contact "
                            + episode.contact.id() + ": no SMS nor call (" + keys.getOrDefault(episode.contact.id()
                            + "/SMS", Set.of()).size() + " SMS requested)");
                }
            }
            for (Episode.Person person : episode.responders()) {
                for (String channel : List.of("SMS", "VOICE", "EMAIL")) {
                    Set<String> wanted = keys.getOrDefault(person.id() + "/" + channel, Set.of());
                    int got = switch (channel) {
                        case "SMS" -> evidence.smsTo.getOrDefault(person.phone(), List.of()).size();
                        case "VOICE" -> evidence.callsTo.getOrDefault(person.phone(), List.of()).size();
                        default -> person.email() == null ? 0 : evidence.emailsTo.getOrDefault(person.email(), 0);
                    };
                    int failedUntaken = (int) wanted.stream().filter(failed::containsKey)
                            .filter(key -> failed.get(key).path("providerId").asText("").isEmpty()).count();
                    requested += wanted.size();
                    delivered += got;
                    failedReported += (int) wanted.stream().filter(failed::containsKey).count();
                    String who = episode.kind + " #" + episode.index + " person " + person.id() + " " + channel;
                    if (got > wanted.size()) {
                        duplicates += got - wanted.size();
                        checks.get("each delivery exactly once").broken(who + ": " + got + " sent for " + wanted.size()
                                + " requested");
                    } else if (got + failedUntaken < wanted.size()) {
                        lost += wanted.size() - got - failedUntaken;
                        checks.get("each delivery exactly once").broken(who + ": " + got + " sent and " + failedUntaken
                                + " reported failed for " + wanted.size() + " requested");
                    }
                    for (String key : wanted) {
                        if (failed.containsKey(key) && !reachedOtherwise(person, channel, keys, evidence, requests.get(key),
                                failed.get(key), lifecycleOf)) {
                            checks.get("failure reported and another channel used").broken(who + ": " + key
                                    + " failed and nothing else reached her");
                        }
                    }
                }
            }
        }
    }

    /** Whether a failed delivery was made up for: she was reached on another channel, or the alert was over. */
    private static boolean reachedOtherwise(Episode.Person person, String channel, Map<String, Set<String>> keys,
            Evidence evidence, JsonNode request, JsonNode failure, Map<String, List<JsonNode>> lifecycleOf) {
        if (request == null || !Set.of("ALERT", "REMINDER", "ESCALATION", "OPERATOR_PAGE")
                .contains(request.path("purpose").asText())) {
            return true;
        }
        Instant failedAt = Evidence.instant(failure, "at");
        boolean over = lifecycleOf.getOrDefault(request.path("alertId").asText(), List.of()).stream()
                .anyMatch(event -> Set.of("QUORUM_REACHED", "RESOLVED", "CANCELLED").contains(event.path("kind").asText())
                        && failedAt != null && !Evidence.instant(event, "at").isAfter(failedAt));
        if (over) {
            return true;
        }
        for (String other : List.of("SMS", "VOICE", "EMAIL")) {
            if (other.equals(channel) || keys.getOrDefault(person.id() + "/" + other, Set.of()).isEmpty()) {
                continue;
            }
            int got = switch (other) {
                case "SMS" -> evidence.smsTo.getOrDefault(person.phone(), List.of()).size();
                case "VOICE" -> evidence.callsTo.getOrDefault(person.phone(), List.of()).size();
                default -> person.email() == null ? 0 : evidence.emailsTo.getOrDefault(person.email(), 0);
            };
            if (got > 0) {
                return true;
            }
        }
        return false;
    }

    private void lateness(List<Episode> episodes, Evidence evidence, List<FaultSchedule.Fault> faults,
            ChaosSettings settings) {
        for (Episode episode : episodes) {
            if (!episode.played || episode.dueAt == null || !episode.accepted) {
                continue;
            }
            Episode.Person reached = episode.kind == Episode.Kind.ESCALATE_LINK ? episode.ally : episode.contact;
            Instant fired = null;
            for (JsonNode record : evidence.smsTo.getOrDefault(reached.phone(), List.of())) {
                fired = earliest(fired, Evidence.instant(record, "createdAt"));
            }
            for (JsonNode record : evidence.callsTo.getOrDefault(reached.phone(), List.of())) {
                fired = earliest(fired, Evidence.instant(record, "createdAt"));
            }
            String who = episode.kind + " #" + episode.index + " (defender " + episode.defender.id() + ")";
            if (fired == null) {
                checks.get("step fired in time").broken(who + ": the step due at " + episode.dueAt + " never fired");
                lost++;
                continue;
            }
            double late = Duration.between(episode.dueAt, fired).toMillis();
            lateness.add(late);
            Instant from = episode.startedAt;
            Instant to = fired;
            boolean underFault = faults.stream().filter(fault -> !fault.kind().startsWith("carrier"))
                    .anyMatch(fault -> fault.at().minusSeconds(5).isBefore(to) && fault.until().plusSeconds(30).isAfter(from));
            (underFault ? latenessUnderFaults : latenessQuiet).add(late);
            if (late > settings.lateAfter().toMillis()) {
                checks.get("step fired in time").broken(who + ": fired " + (long) late + " ms after it was due");
            }
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }

    Latencies late() {
        return Latencies.of(lateness);
    }
}
