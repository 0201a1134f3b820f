package org.centinela.inbound;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a failure to read or apply a record is, and so what becomes of the record:
 * <ul>
 * <li>{@link Kind#UNREADABLE}: it breaks the topic's contract ({@link UnreadableRecord} anywhere in the cause
 * chain, or anything thrown while reading it). Dead-lettered at once: trying again cannot change it.</li>
 * <li>{@link Kind#TRANSIENT}: the database, the broker, the network or the thread failed, not the record. Tried
 * again until it applies, however long that takes; never dead-lettered. Anywhere in the cause chain: an
 * {@link SQLException} (but see below), an {@link InterruptedException}, a Kafka {@code RetriableException}, a
 * socket failure, an exception of the transaction manager ({@code jakarta.transaction}: a rollback, a timeout),
 * or any exception whose class name has the word Lock, Deadlock, Timeout, Timed, Connection or Connect (Hibernate's
 * {@code JDBCConnectionException}, {@code LockTimeoutException}, {@code QueryTimeoutException} ...).</li>
 * <li>{@link Kind#UNEXPECTED}: anything else, e.g. a bug, or an {@link SQLException} whose SQL state says the
 * statement itself is wrong (class 22 data exception, 23 integrity constraint violation, 42 syntax error or
 * access rule, 0A feature not supported): the same on every attempt. Tried again a bounded number of times (a
 * race between two instances settles), then dead-lettered with its reason, to be replayed once fixed.</li>
 * </ul>
 * {@code reason} is a short label for metrics and logs ({@code database}, {@code broker}, {@code unexpected} ...).
 */
public record Failure(Kind kind, String reason, Throwable cause) {

    public enum Kind {
        UNREADABLE, TRANSIENT, UNEXPECTED
    }

    /** SQL state classes of a statement that fails the same way every time it runs. */
    private static final Set<String> DETERMINISTIC_SQL_STATES = Set.of("22", "23", "42", "0A");
    /** Splits a class name into its words: {@code JDBCConnectionException} into JDBC, Connection, Exception. */
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Set<String> TRANSACTION_MANAGER_FAILURES = Set.of("RollbackException", "SystemException",
            "HeuristicMixedException", "HeuristicRollbackException");

    /** What {@code failure}, thrown while applying a record, is. */
    public static Failure of(Throwable failure) {
        String transientReason = null;
        boolean deterministic = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof UnreadableRecord) {
                return new Failure(Kind.UNREADABLE, "unreadable", failure);
            }
            if (t instanceof SQLException sql && !(sql instanceof SQLTransientException)
                    && !(sql instanceof SQLRecoverableException) && sql.getSQLState() != null
                    && sql.getSQLState().length() >= 2
                    && DETERMINISTIC_SQL_STATES.contains(sql.getSQLState().substring(0, 2).toUpperCase(Locale.ROOT))) {
                deterministic = true;
            } else if (transientReason == null) {
                transientReason = transientReason(t);
            }
        }
        if (transientReason != null && !deterministic) {
            return new Failure(Kind.TRANSIENT, transientReason, failure);
        }
        return new Failure(Kind.UNEXPECTED, "unexpected", failure);
    }

    /** What a failure to read a record is: always a record that breaks the contract. */
    public static Failure unreadable(Throwable failure) {
        return new Failure(Kind.UNREADABLE, "unreadable", failure);
    }

    /** The label of {@code t} if it is a transient fault by itself, else null. */
    private static String transientReason(Throwable t) {
        if (t instanceof InterruptedException || t instanceof java.io.InterruptedIOException) {
            return "interrupted";
        }
        if (t instanceof SQLException) {
            return "database";
        }
        if (isA(t.getClass(), "org.apache.kafka.common.errors.RetriableException")) {
            return "broker";
        }
        if (t instanceof java.net.SocketException || t instanceof java.net.UnknownHostException
                || t instanceof java.nio.channels.ClosedChannelException) {
            return "network";
        }
        String packageName = t.getClass().getPackageName();
        if ((packageName.equals("jakarta.transaction") || packageName.equals("javax.transaction"))
                && TRANSACTION_MANAGER_FAILURES.contains(t.getClass().getSimpleName())) {
            return "transaction";
        }
        List<String> words = List.of(CAMEL_CASE.split(t.getClass().getSimpleName()));
        if (words.contains("Timeout") || words.contains("Timed")) {
            return "timeout";
        }
        if (words.contains("Lock") || words.contains("Deadlock")) {
            return "lock";
        }
        if (words.contains("Connection") || words.contains("Connect")) {
            return "connection";
        }
        return null;
    }

    private static boolean isA(Class<?> type, String className) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }

    /** The reason written in {@code dead-letter-reason}: the exception's message, else its class. */
    public String deadLetterReason() {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getName() : message;
    }
}
