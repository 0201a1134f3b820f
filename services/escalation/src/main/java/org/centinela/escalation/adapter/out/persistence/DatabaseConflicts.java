package org.centinela.escalation.adapter.out.persistence;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.centinela.escalation.application.DirectoryConflict;

/**
 * The directory's constraints that a concurrent change can break between a use case's check and its write,
 * as the conflicts the use case would have reported. PostgreSQL names the constraint, never the values.
 */
final class DatabaseConflicts {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    /** A new conflict for each failure, with a stack trace of its own. */
    private static final Map<String, Supplier<DirectoryConflict>> BY_CONSTRAINT = Map.of(
            "person_phone", () -> DirectoryConflict.taken("phone", "phone is already the number of another person of the directory"),
            "person_username", () -> DirectoryConflict.taken("username", "username is already the user name of another person"),
            "person_seized_code_word", () -> DirectoryConflict.taken("seizedCodeWord", "seizedCodeWord is already the code word of another defender"),
            "person_pkey", () -> new DirectoryConflict(null, "a person with this id exists already"),
            "policy_version_pkey", () -> new DirectoryConflict(null, "the policy was changed meanwhile; read it and try again"),
            "group_member_pkey", () -> new DirectoryConflict(null, "the group was changed meanwhile; read it and try again"),
            "group_member_responder_id_fkey", () -> new DirectoryConflict(null, "a responder of the change is named by a group, or was just removed"),
            "person_policy", () -> new DirectoryConflict("policyId", "the policy is used by a defender, or was just removed"),
            "device_defender_id_fkey", () -> new DirectoryConflict(null, "the defender was just removed"));

    private DatabaseConflicts() {
    }

    /** The conflict {@code failure} stands for, if it broke one of the directory's constraints. */
    static Optional<DirectoryConflict> of(SQLException failure) {
        if (!UNIQUE_VIOLATION.equals(failure.getSQLState()) && !FOREIGN_KEY_VIOLATION.equals(failure.getSQLState())) {
            return Optional.empty();
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return BY_CONSTRAINT.entrySet().stream()
                .filter(entry -> message.contains("\"" + entry.getKey() + "\""))
                .map(entry -> entry.getValue().get())
                .findFirst();
    }

    /** {@code failure} as the conflict it stands for, or as the unexpected failure it is. */
    static RuntimeException translate(SQLException failure, String doing) {
        return of(failure).<RuntimeException>map(conflict -> conflict)
                .orElseGet(() -> new IllegalStateException("could not " + doing, failure));
    }
}
