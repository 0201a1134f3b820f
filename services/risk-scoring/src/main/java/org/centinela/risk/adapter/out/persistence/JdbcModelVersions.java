package org.centinela.risk.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.centinela.risk.application.ModelVersions;
import org.centinela.risk.application.StoredModel;
import org.centinela.risk.domain.RiskModel;

/** Model versions in {@code risk_model_version}, each model as JSON. */
@ApplicationScoped
public class JdbcModelVersions implements ModelVersions {

    private static final String COLUMNS = "SELECT version, model::text, changed_by, changed_at FROM risk_model_version";

    private final DataSource dataSource;
    private final ObjectMapper json;

    public JdbcModelVersions(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    @Override
    public Optional<StoredModel> latest() {
        List<StoredModel> newest = history(1);
        return newest.isEmpty() ? Optional.empty() : Optional.of(newest.get(0));
    }

    @Override
    public long latestVersion() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT coalesce(max(version), 0) FROM risk_model_version");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the model version", e);
        }
    }

    @Override
    public StoredModel add(RiskModel model, String changedBy, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO risk_model_version"
                        + " (version, model, changed_by, changed_at) VALUES (?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING")) {
            while (true) {
                RiskModel versioned = model.withVersion(latestVersion() + 1);
                insert.setLong(1, versioned.version());
                insert.setString(2, json.writeValueAsString(versioned));
                insert.setString(3, changedBy);
                insert.setTimestamp(4, Timestamp.from(at));
                if (insert.executeUpdate() == 1) {
                    return new StoredModel(versioned, changedBy, at);
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not save a model version", e);
        }
    }

    @Override
    public List<StoredModel> history(int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(COLUMNS + " ORDER BY version DESC LIMIT ?")) {
            select.setInt(1, limit);
            List<StoredModel> versions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(new StoredModel(json.readValue(rows.getString(2), RiskModel.class), rows.getString(3),
                            rows.getTimestamp(4).toInstant()));
                }
            }
            return versions;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not read model versions", e);
        }
    }
}
