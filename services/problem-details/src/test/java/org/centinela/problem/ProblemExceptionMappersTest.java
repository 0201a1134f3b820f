package org.centinela.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.centinela.contracts.BrokenRule;
import org.junit.jupiter.api.Test;

class ProblemExceptionMappersTest {

    private final ProblemExceptionMappers mappers = new ProblemExceptionMappers();

    @Test
    void anHttpErrorKeepsItsStatusAndBecomesProblemJson() {
        Response response = mappers.webApplication(new NotFoundException("no alert 42"));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat((Problem) response.getEntity()).satisfies(problem -> {
            assertThat(problem.title()).isEqualTo("Not Found");
            assertThat(problem.detail()).isEqualTo("no alert 42");
        });
    }

    @Test
    void anUnprocessableRequestIsTitledAsRfc9110NamesIt() {
        Response response = mappers.webApplication(new jakarta.ws.rs.ClientErrorException("quorum larger than the level", 422));

        assertThat(((Problem) response.getEntity()).title()).isEqualTo("Unprocessable Content");
    }

    @Test
    void validationFailuresNameEachFieldWithoutTheJavaMethod() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        var violations = validator.validate(new Responder("", 0));

        Problem problem = (Problem) mappers.constraintViolation(new ConstraintViolationException(violations)).getEntity();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("minutes", "name");
    }

    @Test
    void jsonOfTheWrongTypeNamesTheFieldButNotTheValue() throws Exception {
        InvalidFormatException wrongType = null;
        try {
            new ObjectMapper().readValue("{\"location\":{\"lat\":\"somewhere secret\"}}", Sos.class);
        } catch (InvalidFormatException e) {
            wrongType = e;
        }

        Problem problem = (Problem) mappers.unreadableJson(wrongType).getEntity();

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("location.lat");
        assertThat(problem.detail()).doesNotContain("somewhere secret");
    }

    @Test
    void aRecordRefusingItsValuesIs422WithItsOwnReason() {
        ValueInstantiationException refused = null;
        try {
            new ObjectMapper().readValue("{\"policy\":{\"quorum\":0}}", Policy.class);
        } catch (ValueInstantiationException e) {
            refused = e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        Problem problem = (Problem) mappers.refusedByTheDomain(refused).getEntity();
        Problem asTheReaderReportsIt = (Problem) mappers.webApplication(
                new jakarta.ws.rs.BadRequestException(refused)).getEntity();

        assertThat(asTheReaderReportsIt).isEqualTo(problem);
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.detail()).isEqualTo("quorum must be at least 1, was 0");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("policy");
        assertThat(problem.errors()).extracting(Problem.FieldError::code).containsOnlyNulls();
    }

    @Test
    void aRefusalThatNamesItsRuleGivesItsCodeAndArguments() throws Exception {
        ValueInstantiationException refused = null;
        try {
            new ObjectMapper().readValue("{\"zone\":{\"radius\":0}}", Zones.class);
        } catch (ValueInstantiationException e) {
            refused = e;
        }

        Problem problem = (Problem) mappers.webApplication(new jakarta.ws.rs.BadRequestException(refused)).getEntity();

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("zone");
            assertThat(error.code()).isEqualTo("out-of-range");
            assertThat(error.args()).containsExactly("1", "1000", "0");
        });
    }

    @Test
    void aNulOrALoneSurrogateInAJsonStringIs400NamingItsField() {
        ObjectMapper json = new ObjectMapper();
        new JsonRefusesForbiddenCharacters().customize(json);

        Problem nul = refusal(json, "{\"notes\":[{\"name\":\"ok\"},{\"name\":\"a\\u0000b\"}]}");
        Problem surrogate = refusal(json, "{\"notes\":[{\"tags\":[\"\\ud800\"]}]}");
        Problem key = refusal(json, "{\"notes\":[{\"labels\":{\"\\udc00\":\"x\"}}]}");

        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.errors()).extracting(Problem.FieldError::field).containsExactly("notes[1].name");
        assertThat(nul.detail()).isEqualTo("The value of 'notes[1].name' must not contain a NUL character or a lone surrogate");
        assertThat(surrogate.errors()).extracting(Problem.FieldError::field).containsExactly("notes[0].tags[0]");
        assertThat(key.errors()).extracting(Problem.FieldError::field).containsExactly("notes[0].labels");
    }

    @Test
    void aJsonStringWithoutForbiddenCharactersIsReadAsBefore() throws Exception {
        ObjectMapper json = new ObjectMapper();
        new JsonRefusesForbiddenCharacters().customize(json);

        Notes notes = json.readValue("{\"notes\":[{\"name\":12,\"tags\":[\"\\ud83c\\udd98\"],\"labels\":{\"k\":\"\"}}]}",
                Notes.class);

        assertThat(notes.notes().get(0).name()).isEqualTo("12");
        assertThat(notes.notes().get(0).tags()).containsExactly("\ud83c\udd98");
        assertThat(notes.notes().get(0).labels()).containsEntry("k", "");
    }

    @Test
    void aMalformedParameterIs400NamingIt() {
        Problem problem = (Problem) mappers.webApplication(
                new MalformedParameterException("page", "The query parameter 'page' must be a whole number")).getEntity();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("page");
    }

    @Test
    void aFailureOfTheFormReaderIsTheClientsMalformedForm() {
        RuntimeException undecodable = thrownAt(new IllegalArgumentException("Failed to decode URL %E0%A4%A"),
                "org.jboss.resteasy.reactive.common.util.URLUtils",
                "org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition$FormEncodedDataParser",
                "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler");
        RuntimeException tooMany = thrownAt(new RuntimeException("Param limit of 1000 was exceeded"),
                "org.jboss.resteasy.reactive.server.core.multipart.FormData");

        for (RuntimeException failure : List.of(undecodable, tooMany)) {
            Response response = mappers.unexpected(failure);
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(((Problem) response.getEntity()).detail()).startsWith("The form is malformed");
        }
    }

    @Test
    void aResourcesOwnFailureAfterTheFormWasReadIsStillUnexpected() {
        RuntimeException ownFailure = thrownAt(new IllegalArgumentException("no such policy"),
                "org.centinela.problem.ProbeResource",
                "org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition$FormEncodedDataParser");

        assertThat(mappers.unexpected(ownFailure).getStatus()).isEqualTo(500);
    }

    @Test
    void missingTokenIsAChallengeAndWrongRoleIsForbidden() {
        Response unauthorized = mappers.unauthenticated();
        assertThat(unauthorized.getStatus()).isEqualTo(401);
        assertThat(unauthorized.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");

        assertThat(mappers.forbidden(new ForbiddenException()).getStatus()).isEqualTo(403);
    }

    @Test
    void anUnexpectedFailureRevealsNothingOfTheRequest() {
        Problem problem = (Problem) mappers.unexpected(new IllegalStateException("phone +50255512345")).getEntity();

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("+50255512345").startsWith("Unexpected failure; incident ");
    }

    @Test
    void aProblemMustBeAnErrorWithATitle() {
        assertThatThrownBy(() -> new Problem(URI.create("about:blank"), "OK", 200, null, List.of()))
                .hasMessageContaining("status");
        assertThatThrownBy(() -> new Problem(URI.create("about:blank"), " ", 400, null, List.of()))
                .hasMessageContaining("title");
    }

    private Problem refusal(ObjectMapper json, String body) {
        try {
            json.readValue(body, Notes.class);
        } catch (ForbiddenCharacterException refused) {
            return (Problem) mappers.unreadableJson(refused).getEntity();
        } catch (Exception other) {
            throw new AssertionError(other);
        }
        throw new AssertionError("not refused: " + body);
    }

    private static RuntimeException thrownAt(RuntimeException failure, String... classes) {
        failure.setStackTrace(java.util.Arrays.stream(classes)
                .map(type -> new StackTraceElement(type, "run", null, -1)).toArray(StackTraceElement[]::new));
        return failure;
    }

    record Notes(List<Note> notes) {
    }

    record Note(String name, List<String> tags, java.util.Map<String, String> labels) {
    }

    record Responder(@NotBlank String name, @Min(1) int minutes) {
    }

    record Sos(Location location) {
    }

    record Policy(Level policy) {
    }

    record Level(int quorum) {
        Level {
            if (quorum < 1) {
                throw new IllegalArgumentException("quorum must be at least 1, was " + quorum);
            }
        }
    }

    record Location(double lat) {
    }

    record Zones(Zone zone) {
    }

    record Zone(int radius) {
        Zone {
            if (radius < 1 || radius > 1000) {
                throw new OutOfRange("radius must be 1..1000, was " + radius, List.of("1", "1000", String.valueOf(radius)));
            }
        }
    }

    /** A domain refusal that names its rule. */
    static final class OutOfRange extends IllegalArgumentException implements BrokenRule {

        private static final long serialVersionUID = 1L;
        private final transient List<String> args;

        OutOfRange(String message, List<String> args) {
            super(message);
            this.args = args;
        }

        @Override
        public String code() {
            return "out-of-range";
        }

        @Override
        public List<String> args() {
            return args;
        }
    }
}
