package org.centinela.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the query parameters that are numbers or UUIDs as JAX-RS does ({@code Integer.valueOf}, {@code
 * UUID.fromString}, …), but a value that is not one is a 400 naming the parameter ({@link
 * MalformedParameterException}) instead of the 404 that JAX-RS prescribes for any query parameter it cannot
 * convert: {@code ?page=abc} is a wrong request, not a missing resource. Path parameters keep their 404 (a
 * malformed id names no resource), and every other type its own conversion.
 */
@Provider
public class QueryParameterConversion implements ParamConverterProvider {

    /** The types read here, with how they are read and what a value of theirs looks like. */
    private static final Map<Class<?>, Reading> READINGS = Map.ofEntries(
            Map.entry(int.class, new Reading(Integer::valueOf, "a whole number")),
            Map.entry(Integer.class, new Reading(Integer::valueOf, "a whole number")),
            Map.entry(long.class, new Reading(Long::valueOf, "a whole number")),
            Map.entry(Long.class, new Reading(Long::valueOf, "a whole number")),
            Map.entry(short.class, new Reading(Short::valueOf, "a whole number")),
            Map.entry(Short.class, new Reading(Short::valueOf, "a whole number")),
            Map.entry(double.class, new Reading(Double::valueOf, "a number")),
            Map.entry(Double.class, new Reading(Double::valueOf, "a number")),
            Map.entry(float.class, new Reading(Float::valueOf, "a number")),
            Map.entry(Float.class, new Reading(Float::valueOf, "a number")),
            Map.entry(UUID.class, new Reading(UUID::fromString, "a UUID")));

    private record Reading(Function<String, Object> parse, String expected) {
    }

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Reading reading = READINGS.get(rawType);
        QueryParam query = queryParamIn(annotations);
        if (reading == null || query == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            @SuppressWarnings("unchecked")
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) reading.parse().apply(value);
                } catch (IllegalArgumentException notOne) {
                    throw new MalformedParameterException(query.value(),
                            "The query parameter '" + query.value() + "' must be " + reading.expected());
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static QueryParam queryParamIn(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query;
            }
        }
        return null;
    }
}
