package org.centinela.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * The JSON form of every event: ISO-8601 times, nulls left out, and unknown fields ignored so that a
 * consumer can read what a newer producer wrote. A missing or null number or boolean is refused rather
 * than read as 0 or false. Reading refuses any JSON that breaks an event's
 * invariants, with a reason that names the field and the rule and never quotes the payload's personal
 * data (Jackson's own messages may quote the offending value, so they are not passed on).
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());
    /** How Jackson starts the message for a missing or null primitive (FAIL_ON_NULL_FOR_PRIMITIVES). */
    private static final String JACKSON_NULL_PRIMITIVE = "Cannot map `null`";

    private EventJson() {
    }

    /**
     * Gives {@code mapper} the settings of the event JSON, e.g. from a Quarkus
     * {@code ObjectMapperCustomizer}, so that a service's REST layer writes events the same way.
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature());
        return mapper
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }

    /** The UTF-8 JSON of {@code event}. */
    public static byte[] write(CentinelaEvent event) {
        try {
            return MAPPER.writeValueAsBytes(Invariants.present(event, "event"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The event of class {@code type} that {@code json} describes.
     *
     * @throws IllegalArgumentException if the JSON is malformed or breaks one of the event's invariants; the
     *                                  message says why, and the invariant that failed (if any) is the cause
     */
    public static <T extends CentinelaEvent> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(Invariants.present(json, "json"), type);
        } catch (ValueInstantiationException e) {
            Throwable invariant = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException(
                    "Invalid " + type.getSimpleName() + ": " + invariant.getMessage(), invariant);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException("Invalid " + type.getSimpleName() + ": " + describe(e));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid " + type.getSimpleName() + ": malformed JSON" + at(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("Invalid " + type.getSimpleName() + ": unreadable JSON");
        }
    }

    /** Where and what went wrong, without Jackson's message: it may quote the offending value. */
    private static String describe(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String field = path.isEmpty() ? "the document" : path;
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return mismatch.getOriginalMessage().startsWith(JACKSON_NULL_PRIMITIVE)
                    ? field + " must not be null"
                    : field + " cannot be read as " + mismatch.getTargetType().getSimpleName();
        }
        return field + " cannot be read" + at(e);
    }

    private static String at(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
