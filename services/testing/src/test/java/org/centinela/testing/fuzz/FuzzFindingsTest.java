package org.centinela.testing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FuzzFindingsTest {

    private static final String PROBLEM = "application/problem+json";
    private final Operation secured = TestApi.operation("PUT /api/things/{id}");
    private final Operation open = TestApi.operation("GET /open");
    private final Operation webhook = TestApi.operation("POST /hooks/sms");
    private final Credential operator = Credential.bearer("operator", "token-1", "operator");
    private final Credential responder = Credential.bearer("responder", "token-2", "responder");
    private final FuzzFindings findings = new FuzzFindings(Set.of("/hooks/"), Set.of("/open"));

    @Test
    void a5xxIsAFindingEvenAsProblemJson() {
        assertThat(check(secured, operator, answer(500, PROBLEM, problem(500)))).containsExactly("5xx");
    }

    @Test
    void aStackTraceInAnyBodyIsAFinding() {
        assertThat(check(secured, operator, answer(400, PROBLEM,
                "{\"status\":400,\"title\":\"Bad Request\",\"detail\":\"java.lang.IllegalStateException: x\"}")))
                .containsExactly("stack trace in the body");
        assertThat(check(open, operator, answer(200, "text/plain", "boom\n\tat org.centinela.Thing.run(Thing.java:1)")))
                .containsExactly("stack trace in the body");
    }

    @Test
    void a4xxThatIsNotProblemJsonIsAFindingExceptWhereTheCallerAllowsIt() {
        assertThat(check(secured, operator, answer(400, "text/html", "<h1>Bad</h1>"))).containsExactly("4xx not problem+json");
        assertThat(check(secured, operator, answer(404, PROBLEM, problem(400)))).as("its status must be the answer's")
                .containsExactly("4xx not problem+json");
        assertThat(check(secured, operator, answer(400, "", ""))).containsExactly("4xx not problem+json");
        assertThat(check(secured, operator, answer(422, PROBLEM, problem(422)))).isEmpty();
        assertThat(check(webhook, Credential.anonymous(), answer(400, "application/xml", "<Response/>"))).isEmpty();
    }

    @Test
    void a2xxWithoutCredentialsIsAFindingWhereTheDocumentOrTheCallerSaysATokenIsNeeded() {
        assertThat(check(secured, Credential.anonymous(), answer(200, "application/json", "{}")))
                .containsExactly("2xx without credentials");
        assertThat(check(open, Credential.anonymous(), answer(200, "application/json", "{}")))
                .containsExactly("2xx without credentials");
        assertThat(check(webhook, Credential.anonymous(), answer(200, "application/xml", "<Response/>"))).isEmpty();
        assertThat(check(secured, operator, answer(200, "application/json", "{}"))).isEmpty();
    }

    @Test
    void a2xxToACredentialWithoutTheRoleIsAFinding() {
        assertThat(check(secured, responder, answer(200, "application/json", "{}")))
                .containsExactly("2xx without the role [operator]");
        assertThat(check(secured, responder, answer(403, PROBLEM, problem(403)))).isEmpty();
    }

    @Test
    void everyFindingIsKeptAndReportedWithItsRequest() {
        check(secured, operator, answer(500, PROBLEM, problem(500)));
        check(secured, Credential.anonymous(), answer(200, "application/json", "{}"));

        assertThat(findings.all()).hasSize(2);
        assertThat(findings.report(1)).contains("[5xx] PUT /api/things/{id} as operator → 500", "valid-looking",
                "… and 1 more", "2xx without credentials · PUT /api/things/{id} · anonymous=1")
                .doesNotContain("token-1");
    }

    private java.util.List<String> check(Operation operation, Credential credential, LoopbackHttp.Answer answer) {
        FuzzedRequest request = new FuzzedRequest(operation.key(), operation.method(), "/x", Map.of(), new byte[0],
                "valid-looking");
        return findings.check(operation, credential, request, answer).stream().map(FuzzFindings.Finding::rule).toList();
    }

    private static LoopbackHttp.Answer answer(int status, String contentType, String body) {
        return new LoopbackHttp.Answer(status, contentType.isEmpty() ? Map.of() : Map.of("content-type", contentType), body);
    }

    private static String problem(int status) {
        return "{\"type\":\"about:blank\",\"title\":\"Some title\",\"status\":" + status + "}";
    }
}
