package org.centinela.testing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FuzzRunTest {

    private HttpServer server;
    private final AtomicInteger withToken = new AtomicInteger();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aServiceThatRefusesEverythingAsProblemsHasNoFindings() throws IOException {
        start(false);

        FuzzFindings findings = FuzzRun.against(url(), url()).as(Credential.bearer("operator", "t", "operator"),
                Credential.anonymous()).answersOtherThanProblemJsonUnder("/hooks/").seed(1).size(25).run();

        assertThat(findings.all()).isEmpty();
        assertThat(findings.statuses()).containsOnlyKeys(400, 401);
        assertThat(withToken.get()).as("each request is sent once per credential").isEqualTo(4 * 25);
    }

    @Test
    void aServiceThatFailsOnANulIsReportedWithTheSeedAndSizeToReplayIt() throws IOException {
        start(true);
        FuzzRun run = FuzzRun.against(url(), url()).as(Credential.bearer("operator", "t")).seed(5).size(40);

        assertThat(run.run().all()).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo("5xx");
            assertThat(finding.request().description()).startsWith("NUL");
        });
        assertThatThrownBy(run::assertNoFindings).isInstanceOf(AssertionError.class)
                .hasMessageContaining("fuzz.seed=5 fuzz.size=40")
                .hasMessageContaining("-Dfuzz.seed=5 -Dfuzz.size=40")
                .hasMessageContaining("[5xx]");
    }

    @Test
    void onlyALoopbackAddressMayBeFuzzed() {
        assertThatThrownBy(() -> FuzzRun.against("http://10.1.2.3:8080", "http://127.0.0.1:9000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> FuzzRun.against("http://127.0.0.1:8080", "http://10.1.2.3:9000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> FuzzRun.against("https://127.0.0.1:8443", "http://127.0.0.1:9000"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A service with the test document: 401 without a token, 400 problem+json for the rest (500 on a NUL if told). */
    private void start(boolean failsOnNul) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/q/openapi")) {
                answer(exchange, 200, "application/json", TestApi.DOCUMENT, false);
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean nul = body.contains("\\u0000") || body.contains("%00")
                    || String.valueOf(exchange.getRequestURI().getRawQuery()).contains("%00")
                    || exchange.getRequestURI().getRawPath().contains("%00");
            if (exchange.getRequestHeaders().containsKey("Authorization")) {
                withToken.incrementAndGet();
            }
            if (failsOnNul && nul) {
                answer(exchange, 500, "application/problem+json", "{\"title\":\"Internal Server Error\",\"status\":500}", true);
            } else if (!exchange.getRequestHeaders().containsKey("Authorization")) {
                answer(exchange, 401, "application/problem+json", "{\"title\":\"Unauthorized\",\"status\":401}", true);
            } else {
                answer(exchange, 400, "application/problem+json", "{\"title\":\"Bad Request\",\"status\":400}", false);
            }
        });
        server.start();
    }

    private static void answer(HttpExchange exchange, int status, String type, String body, boolean chunked)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
