package org.centinela.testing.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI document of the harness's own tests: a secured JSON operation, a query, a form, an open page. */
final class TestApi {

    static final String DOCUMENT = read();

    private TestApi() {
    }

    static OpenApiOperations operations() {
        return OpenApiOperations.parse(DOCUMENT);
    }

    static Operation operation(String key) {
        return operations().all().stream().filter(operation -> operation.key().equals(key)).findFirst().orElseThrow();
    }

    private static String read() {
        try (InputStream in = TestApi.class.getResourceAsStream("/fuzz-api.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
