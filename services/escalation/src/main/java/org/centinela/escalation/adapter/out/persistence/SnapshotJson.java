package org.centinela.escalation.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.centinela.escalation.domain.alert.AlertSnapshot;

/** An alert's snapshot as the JSON stored in {@code alert.snapshot}. */
@ApplicationScoped
public class SnapshotJson {

    private final ObjectMapper json;

    public SnapshotJson(ObjectMapper json) {
        this.json = json;
    }

    String write(AlertSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the snapshot of alert " + snapshot.id(), e);
        }
    }

    AlertSnapshot read(String text) {
        try {
            return json.readValue(text, AlertSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read a stored alert snapshot", e);
        }
    }
}
