package org.centinela.intake.adapter.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The REST layer's JSON refuses an object that names a field twice ({@code {"pin":"4821","pin":"4821"}}): a request
 * record read through its constructor cannot take a second value, and Jackson's failure at it is a definition error
 * the REST layer answers with an empty 500. Refused while parsing, it is unreadable JSON: a 400 problem naming the
 * field. The events' own mapper is not this one.
 */
@Singleton
public class JsonRefusesDuplicateKeys implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    }
}
