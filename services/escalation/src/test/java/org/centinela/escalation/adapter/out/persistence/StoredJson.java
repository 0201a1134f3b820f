package org.centinela.escalation.adapter.out.persistence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper as Quarkus gives it to escalation: the modules on the class path, ISO times, unknown fields
 * ignored.
 */
final class StoredJson {

    private StoredJson() {
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder().findAndAddModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
