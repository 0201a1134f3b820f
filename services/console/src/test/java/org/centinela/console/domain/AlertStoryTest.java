package org.centinela.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.signal.Grade;
import org.junit.jupiter.api.Test;

class AlertStoryTest {

    private static final Instant T0 = Instant.parse("2026-03-08T10:00:00Z");

    private static Alert.TimelineLine line(int second, String type, String detail) {
        return new Alert.TimelineLine(T0.plusSeconds(second), type, detail);
    }

    private static Alert alert(int level, List<Alert.Acknowledgement> acks, Grade grade, Instant opened, boolean verified) {
        return new Alert(UUID.randomUUID(), "4821", "d1", AlertState.OPEN, grade, 70, level, acks, List.of(
                line(0, "SIGNAL_RECEIVED", "PANIC by SMS"),
                line(0, "LEVEL_STARTED", "level 1 (Trusted contacts): 2 people, quorum 1"),
                line(0, "NOTIFICATION_REQUESTED", "ALERT to ana on SMS (level 1, round 0)"),
                line(0, "NOTIFICATION_REQUESTED", "ALERT to luis on VOICE (level 1, round 0)"),
                line(2, "NOTIFICATION_STATUS", "ALERT to ana on SMS: DELIVERED"),
                line(9, "NOTIFICATION_STATUS", "ALERT to luis on VOICE: NO_ANSWER"),
                line(120, "LEVEL_STARTED", "level 2 (Protection unit): 3 people, quorum 2"),
                line(120, "NOTIFICATION_REQUESTED", "ESCALATION to rosa on EMAIL (level 2, round 0)"),
                line(130, "RESPONSE", "ACK from rosa (RESPONDER) by SMS")), opened, T0, verified, "gt", Map.of());
    }

    @Test
    void readsLevelsContactsStatusesAndAnswersFromTheTimeline() {
        AlertStory story = alert(2, List.of(), Grade.HIGH, T0, true).story();

        assertThat(story.levels()).extracting(AlertStory.LevelStart::number, AlertStory.LevelStart::quorum)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 2));
        assertThat(story.contacts()).extracting(AlertStory.Contact::personId, AlertStory.Contact::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", "DELIVERED"),
                        org.assertj.core.groups.Tuple.tuple("luis", "NO_ANSWER"),
                        org.assertj.core.groups.Tuple.tuple("rosa", "REQUESTED"));
        assertThat(story.answers()).extracting(AlertStory.Answer::personId).containsExactly("rosa");
        assertThat(story.people()).containsExactly("ana", "luis", "rosa");
    }

    @Test
    void quorumProgressCountsTheAcknowledgementsOfTheCurrentLevel() {
        Alert alert = alert(2, List.of(new Alert.Acknowledgement("rosa", "SMS", T0.plusSeconds(130)),
                new Alert.Acknowledgement("ana", "SMS", T0.plusSeconds(140))), Grade.HIGH, T0, true);

        assertThat(alert.story().quorumProgress()).contains(new AlertStory.QuorumProgress(1, 2, 2));
    }

    @Test
    void thePictureHasABandPerLevelARowPerPersonAndAMarkPerContact() {
        TimelinePicture picture = TimelinePicture.of(alert(2, List.of(), Grade.HIGH, T0, true).story(),
                T0.plusSeconds(300), id -> id.toUpperCase());

        assertThat(picture.bands()).hasSize(2);
        assertThat(picture.bands().get(1).x()).isGreaterThan(picture.bands().get(0).x());
        assertThat(picture.rows()).extracting(TimelinePicture.Row::label).containsExactly("ANA", "LUIS", "ROSA");
        assertThat(picture.marks()).extracting(TimelinePicture.Mark::state).containsExactly("arrived", "failed", "requested");
        assertThat(picture.answers()).hasSize(1);
        assertThat(picture.ticks()).first().extracting(TimelinePicture.Tick::label).isEqualTo("0:00");
    }

    @Test
    void theBoardPutsTheGravestAndNewestFirstAndUnverifiedSendersInTriage() {
        Alert oldCritical = alert(1, List.of(), Grade.CRITICAL, T0, true);
        Alert newHigh = alert(1, List.of(), Grade.HIGH, T0.plusSeconds(60), true);
        Alert newerHigh = alert(1, List.of(), Grade.HIGH, T0.plusSeconds(120), true);
        Alert unknown = alert(0, List.of(), Grade.ELEVATED, T0, false);

        Board board = Board.of(List.of(newHigh, unknown, oldCritical, newerHigh));

        assertThat(board.alerts()).containsExactly(oldCritical, newerHigh, newHigh);
        assertThat(board.triage()).containsExactly(unknown);
    }
}
