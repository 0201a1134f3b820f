package org.centinela.escalation.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.centinela.escalation.application.DirectoryConflict;
import org.junit.jupiter.api.Test;

class DatabaseConflictsTest {

    @Test
    void aRaceOnAUniquePhoneIsTheConflictTheUseCaseWouldHaveReported() {
        SQLException race = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"person_phone\"", "23505");

        assertThat(DatabaseConflicts.translate(race, "add a responder"))
                .isInstanceOfSatisfying(DirectoryConflict.class, conflict -> {
                    assertThat(conflict.field()).isEqualTo("phone");
                    assertThat(conflict.code()).isEqualTo("taken");
                    assertThat(conflict.getMessage()).doesNotContain("+502");
                });
    }

    @Test
    void aConcurrentChangeOfAGroupOrAPolicyIsAConflictAnythingElseIsAFailure() {
        assertThat(DatabaseConflicts.of(new SQLException("violates \"group_member_pkey\"", "23505"))).isPresent();
        assertThat(DatabaseConflicts.of(new SQLException("violates \"policy_version_pkey\"", "23505"))).isPresent();
        assertThat(DatabaseConflicts.of(new SQLException("violates \"person_policy\"", "23503")))
                .hasValueSatisfying(conflict -> {
                    assertThat(conflict.field()).isEqualTo("policyId");
                    assertThat(conflict.code()).isNull();
                });
        assertThat(DatabaseConflicts.translate(new SQLException("connection lost", "08006"), "add a group"))
                .isInstanceOf(IllegalStateException.class);
    }
}
