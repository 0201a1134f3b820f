package org.centinela.intake.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A database error names the rule it broke, never the values: exceptions and logs carry no personal data. */
@QuarkusTest
class DatabaseErrorsTest {

    @Inject
    DataSource dataSource;

    @Test
    void aDuplicateKeyErrorDoesNotQuoteTheKey() throws SQLException {
        String secret = "SM-" + UUID.randomUUID() + "-+50255510001";
        insert(secret);

        assertThatThrownBy(() -> insert(secret))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("inbound_sms_pkey")
                .hasMessageNotContaining("+50255510001");
    }

    private void insert(String sid) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO inbound_sms (message_sid, received_at) VALUES (?, ?)")) {
            insert.setString(1, sid);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
