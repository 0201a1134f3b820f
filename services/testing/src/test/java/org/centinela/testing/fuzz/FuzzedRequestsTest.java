package org.centinela.testing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzedRequestsTest {

    private final FuzzedRequests generator = new FuzzedRequests(TestApi.operations());
    private final Operation put = TestApi.operation("PUT /api/things/{id}");

    @Test
    void theSameSeedGivesTheSameRequestsAndAnotherSeedOthers() {
        assertThat(generator.of(put, 42, 40)).isEqualTo(new FuzzedRequests(TestApi.operations()).of(put, 42, 40));
        assertThat(generator.of(put, 43, 40)).isNotEqualTo(generator.of(put, 42, 40));
    }

    @Test
    void theFirstRequestIsValidLooking() throws Exception {
        FuzzedRequest first = generator.of(put, 7, 1).get(0);

        assertThat(first.description()).isEqualTo("valid-looking");
        assertThat(first.target()).matches("/api/things/[0-9a-f-]{36}");
        assertThat(first.headers()).containsEntry("Content-Type", "application/json");
        JsonNode thing = new ObjectMapper().readTree(first.body());
        assertThat(thing.path("name").isTextual()).isTrue();
        assertThat(thing.path("size").asInt()).isBetween(1, 10);
    }

    @Test
    void enoughRequestsTryEveryWayThatAppliesToAJsonOperation() {
        List<FuzzedRequest> requests = generator.of(put, 11, 200);

        assertThat(requests).extracting(FuzzedRequest::description).anySatisfy(d -> assertThat(d).startsWith("wrong type"))
                .anySatisfy(d -> assertThat(d).startsWith("required"))
                .anySatisfy(d -> assertThat(d).startsWith("null in body"))
                .anySatisfy(d -> assertThat(d).startsWith("a huge string"))
                .anySatisfy(d -> assertThat(d).startsWith("control characters"))
                .anySatisfy(d -> assertThat(d).startsWith("a huge number"))
                .anySatisfy(d -> assertThat(d).contains("nested"))
                .anySatisfy(d -> assertThat(d).startsWith("invalid JSON"))
                .anySatisfy(d -> assertThat(d).startsWith("Accept"))
                .noneSatisfy(d -> assertThat(d).containsPattern("form fields?( |$)"));
        assertThat(requests).anySatisfy(r -> assertThat(text(r)).contains("\\u0000"))
                .anySatisfy(r -> assertThat(text(r)).containsPattern("\\\\ud[89ab]|\\\\udc00"))
                .anySatisfy(r -> assertThat(r.body().length).isGreaterThan(FuzzedRequests.HUGE_BODY_STRING))
                .anySatisfy(r -> assertThat(r.target()).containsPattern("/api/things/(not-a-uuid|123|g0)"));
    }

    @Test
    void anExampleBodyIsWhereHalfTheRequestsStart() throws Exception {
        JsonNode example = new ObjectMapper().readTree("{\"name\":\"the example\",\"size\":3}");
        List<FuzzedRequest> requests = new FuzzedRequests(TestApi.operations(), java.util.Map.of(put.key(), example))
                .of(put, 13, 60);

        assertThat(requests).filteredOn(r -> text(r).contains("the example")).hasSizeBetween(15, 45);
        assertThat(requests).filteredOn(r -> r.description().equals("valid-looking") && text(r).contains("the example"))
                .isNotEmpty().allSatisfy(r -> assertThat(new ObjectMapper().readTree(r.body())).isEqualTo(example));
    }

    @Test
    void anIntegerQueryParameterGetsWhatIsNotAnIntegerAndARequiredOneGoesMissing() {
        List<FuzzedRequest> requests = generator.of(TestApi.operation("GET /api/things"), 5, 100);

        assertThat(requests).anySatisfy(r -> assertThat(r.target()).containsPattern("page=(abc|1\\.5|1e3|-|0x1F)(&|$)"))
                .anySatisfy(r -> assertThat(r.target()).doesNotContain("page="))
                .anySatisfy(r -> assertThat(r.target()).contains("%00"))
                .anySatisfy(r -> assertThat(r.target()).contains("%ED%A0%80"));
    }

    @Test
    void aFormGetsMalformedPercentEncodingsAndTooManyFields() {
        List<FuzzedRequest> requests = generator.of(TestApi.operation("POST /hooks/sms"), 3, 100);

        assertThat(requests).anySatisfy(r -> assertThat(text(r)).containsPattern("=(%E0%A4%A|%|%ZZ|a%G1)(&|$)"))
                .anySatisfy(r -> assertThat(text(r).split("&").length).isGreaterThan(1000))
                .anySatisfy(r -> assertThat(text(r)).contains("%00"));
    }

    @Test
    void noRequestLineIsLongerThanAServerReads() {
        for (Operation operation : TestApi.operations().all()) {
            assertThat(generator.of(operation, 99, 150)).allSatisfy(request -> assertThat(
                    (request.method() + " " + request.target() + " HTTP/1.1").length()).isLessThan(4096));
        }
    }

    private static String text(FuzzedRequest request) {
        return new String(request.body(), StandardCharsets.UTF_8) + " " + Arrays.toString(new String[] {request.target()});
    }
}
