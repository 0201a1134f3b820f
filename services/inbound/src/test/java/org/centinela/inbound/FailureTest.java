package org.centinela.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.centinela.inbound.Failure.Kind;
import org.junit.jupiter.api.Test;

class FailureTest {

    /** As Hibernate names them: classified by the words of the class name. */
    static final class JDBCConnectionException extends RuntimeException {
        JDBCConnectionException(Throwable cause) {
            super("could not connect", cause);
        }
    }

    static final class LockTimeoutException extends RuntimeException {
    }

    static final class BlockingOperationNotAllowedException extends RuntimeException {
    }

    static final class TimedOutException extends RuntimeException {
    }

    static final class ConstraintViolationException extends RuntimeException {
        ConstraintViolationException(Throwable cause) {
            super("duplicate key", cause);
        }
    }

    @Test
    void aDatabaseThatIsDownAnywhereInTheCauseChainIsTransient() {
        SQLException failover = new SQLException("This connection has been closed.", "08003");
        Failure failure = Failure.of(new IllegalStateException("wrapped", new RuntimeException(failover)));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.reason()).isEqualTo("database");
        assertThat(Failure.of(new SQLException("Sorry, acquisition timeout!")).kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(Failure.of(new SQLException("terminating connection due to administrator command", "57P01")).kind())
                .isEqualTo(Kind.TRANSIENT);
        assertThat(Failure.of(new SQLException("deadlock detected", "40P01")).kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(Failure.of(new SQLTransientConnectionException("down", "23000")).kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void aConnectionALockATimeoutABrokerOrAnInterruptionIsTransient() {
        assertThat(Failure.of(new JDBCConnectionException(null)).reason()).isEqualTo("connection");
        assertThat(Failure.of(new LockTimeoutException()).reason()).isEqualTo("timeout");
        assertThat(Failure.of(new TimedOutException()).reason()).isEqualTo("timeout");
        assertThat(Failure.of(new RuntimeException(new ConnectException("refused"))).reason()).isEqualTo("network");
        assertThat(Failure.of(new org.apache.kafka.common.errors.NotLeaderOrFollowerException("moving")).reason())
                .isEqualTo("broker");
        assertThat(Failure.of(new org.apache.kafka.common.errors.TimeoutException("no broker")).reason())
                .isEqualTo("broker");
        assertThat(Failure.of(new RuntimeException(new InterruptedException())).reason()).isEqualTo("interrupted");
        assertThat(Failure.of(new jakarta.transaction.RollbackException("timed out")).reason()).isEqualTo("transaction");
    }

    @Test
    void aStatementThatIsWrongEveryTimeOrABugIsUnexpected() {
        Failure duplicate = Failure.of(new ConstraintViolationException(new SQLException("duplicate key", "23505")));
        assertThat(duplicate.kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(Failure.of(new SQLException("syntax error", "42601")).kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(Failure.of(new NullPointerException()).kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(Failure.of(new IllegalStateException("bug")).reason()).isEqualTo("unexpected");
        assertThat(Failure.of(new BlockingOperationNotAllowedException()).kind()).as("Blocking is not Lock")
                .isEqualTo(Kind.UNEXPECTED);
    }

    @Test
    void aRecordThatBreaksTheContractIsUnreadableWhateverElseFailed() {
        Failure failure = Failure.of(new RuntimeException(new UnreadableRecord("the key is not the alert's id",
                new SQLException("down", "08006"))));

        assertThat(failure.kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(Failure.unreadable(new IllegalArgumentException("Invalid X: malformed JSON")).deadLetterReason())
                .isEqualTo("Invalid X: malformed JSON");
        assertThat(Failure.of(new NullPointerException()).deadLetterReason()).isEqualTo("java.lang.NullPointerException");
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(Failure.of(first).kind()).isEqualTo(Kind.UNEXPECTED);
    }
}
