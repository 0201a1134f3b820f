package org.centinela.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The JSON bodies of every service's HTTP API refuse a string, or an object's key, that carries a NUL or a lone
 * surrogate ({@link ForbiddenCharacters}): the request is a 400 naming the field rather than a failure of the
 * database or of the topic the text would reach. Only the ObjectMapper of the REST layer is changed; the events'
 * own mapper ({@code EventJson}) reads and writes as before.
 */
@Singleton
public class JsonRefusesForbiddenCharacters implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("centinela-forbidden-characters")
                .addDeserializer(String.class, new Strings())
                .addKeyDeserializer(String.class, new Keys()));
    }

    /** Every string value, read as Jackson reads it, then refused if it carries a forbidden character. */
    static final class Strings extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (ForbiddenCharacters.foundIn(value)) {
                throw new ForbiddenCharacterException(parser);
            }
            return value;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** Every key of an object read as a map. */
    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (ForbiddenCharacters.foundIn(key)) {
                throw new ForbiddenCharacterException(context.getParser());
            }
            return key;
        }
    }
}
