package org.centinela.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fuzzes a running service through its own OpenAPI document: for every operation, {@code size} requests built by
 * {@link FuzzedRequests}, each sent as every given {@link Credential}, every answer checked by {@link FuzzFindings}.
 * It is seeded and bounded: the seed ({@value #SEED_PROPERTY}, else random) and the size ({@value #SIZE_PROPERTY},
 * else the test's or {@value #DEFAULT_SIZE}) are printed before the first request and in any failure, and the same
 * seed, size and document send the same requests again. It reaches loopback addresses only, and stops once every
 * request is sent (each may take {@link #patience(Duration)} at most).
 *
 * <pre>{@code
 * FuzzRun.against("http://127.0.0.1:" + RestAssured.port, ManagementInterface.testUrl())
 *         .as(Credential.bearer("operator", LocalKeycloak.accessToken(LocalKeycloak.OPERATOR), "operator"),
 *             Credential.anonymous())
 *         .assertNoFindings();
 * }</pre>
 */
public final class FuzzRun {

    public static final String SEED_PROPERTY = "fuzz.seed";
    public static final String SIZE_PROPERTY = "fuzz.size";
    public static final int DEFAULT_SIZE = 30;
    private static final int FINDINGS_SHOWN = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final URI management;
    private final List<Credential> credentials = new ArrayList<>();
    private final Set<String> otherThanProblemJsonUnder = new LinkedHashSet<>();
    private final Set<String> tokenRequiredUnder = new LinkedHashSet<>();
    private final Set<String> excluded = new LinkedHashSet<>();
    private final Map<String, JsonNode> examples = new HashMap<>();
    private Long seed;
    private int size = DEFAULT_SIZE;
    private Duration patience = Duration.ofSeconds(10);

    private FuzzRun(URI base, URI management) {
        this.base = base;
        this.management = management;
    }

    /**
     * A run against the service at {@code baseUrl}, e.g. {@code http://127.0.0.1:8082}, whose OpenAPI document is
     * served by its management interface at {@code managementUrl}, e.g. {@code http://127.0.0.1:9082}: loopback
     * addresses only.
     */
    public static FuzzRun against(String baseUrl, String managementUrl) {
        URI base = URI.create(baseUrl);
        URI management = URI.create(managementUrl);
        LoopbackHttp.loopbackAddressOf(base);
        LoopbackHttp.loopbackAddressOf(management);
        return new FuzzRun(base, management);
    }

    /** Who each request is sent as; each request is sent once per credential (anonymously when none is given). */
    public FuzzRun as(Credential... who) {
        credentials.addAll(List.of(who));
        return this;
    }

    /** Paths (prefixes of the operations' path templates) whose 4xx answers are TwiML, HTML or text, not problem+json. */
    public FuzzRun answersOtherThanProblemJsonUnder(String... pathPrefixes) {
        otherThanProblemJsonUnder.addAll(List.of(pathPrefixes));
        return this;
    }

    /** Paths (prefixes) where nothing may answer 2xx without a token, even if the document declares no security. */
    public FuzzRun tokenRequiredUnder(String... pathPrefixes) {
        tokenRequiredUnder.addAll(List.of(pathPrefixes));
        return this;
    }

    /**
     * A body {@code operation} ({@code PUT /api/v1/risk/model}) accepts, as JSON: half its requests start from it
     * (spoiled as the others are) rather than from a body drawn from the schema, which a service's own rules mostly
     * refuse before the value goes anywhere.
     */
    public FuzzRun example(String operation, String json) {
        try {
            examples.put(operation, JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("the example of " + operation + " is not JSON", e);
        }
        return this;
    }

    /** Operations not to fuzz, by {@link Operation#key()} ({@code DELETE /api/v1/things/{id}}). */
    public FuzzRun excluding(String... operationKeys) {
        excluded.addAll(List.of(operationKeys));
        return this;
    }

    /** The seed when {@value #SEED_PROPERTY} is not set (by default a random one). */
    public FuzzRun seed(long value) {
        seed = value;
        return this;
    }

    /** Requests per operation and credential when {@value #SIZE_PROPERTY} is not set. */
    public FuzzRun size(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("size must be at least 1, was " + value);
        }
        size = value;
        return this;
    }

    /** How long one request may take before it is a finding ("no answer"); 10 s by default. */
    public FuzzRun patience(Duration value) {
        patience = value;
        return this;
    }

    /** Sends every request and returns what was found; prints the seed and size first, and a summary at the end. */
    public FuzzFindings run() {
        return run(chosenSeed(), chosenSize());
    }

    /** Runs, and fails with the findings (and how to replay them) if there are any. */
    public void assertNoFindings() {
        long chosenSeed = chosenSeed();
        int chosenSize = chosenSize();
        FuzzFindings findings = run(chosenSeed, chosenSize);
        if (!findings.isEmpty()) {
            throw new AssertionError(findings.all().size() + " findings fuzzing " + base + "; "
                    + replay(chosenSeed, chosenSize) + ":\n" + findings.report(FINDINGS_SHOWN));
        }
    }

    private long chosenSeed() {
        return Long.getLong(SEED_PROPERTY, seed != null ? seed : new SecureRandom().nextLong());
    }

    private int chosenSize() {
        return Integer.getInteger(SIZE_PROPERTY, size);
    }

    private FuzzFindings run(long chosenSeed, int chosenSize) {
        List<Credential> senders = credentials.isEmpty() ? List.of(Credential.anonymous()) : List.copyOf(credentials);
        OpenApiOperations api = OpenApiOperations.of(management);
        List<Operation> operations = api.all().stream().filter(operation -> !excluded.contains(operation.key())).toList();
        System.out.printf("Fuzzing %s: %d operations × %d credentials × %d requests; %s%n", base, operations.size(),
                senders.size(), chosenSize, replay(chosenSeed, chosenSize));
        FuzzedRequests generator = new FuzzedRequests(api, examples);
        FuzzFindings findings = new FuzzFindings(otherThanProblemJsonUnder, tokenRequiredUnder);
        LoopbackHttp http = new LoopbackHttp(base, patience);
        Instant start = Instant.now();
        int sent = 0;
        for (Operation operation : operations) {
            for (FuzzedRequest request : generator.of(operation, chosenSeed, chosenSize)) {
                for (Credential credential : senders) {
                    send(http, operation, credential, request, findings);
                    sent++;
                }
            }
        }
        System.out.printf("Fuzzed %s: %d requests in %d ms, answers by status %s, %d findings; %s%n", base, sent,
                Duration.between(start, Instant.now()).toMillis(), findings.statuses(), findings.all().size(),
                replay(chosenSeed, chosenSize));
        return findings;
    }

    private static void send(LoopbackHttp http, Operation operation, Credential credential, FuzzedRequest request,
            FuzzFindings findings) {
        Map<String, String> headers = new HashMap<>(request.headers());
        if (!credential.isAnonymous()) {
            headers.put("Authorization", "Bearer " + credential.token());
        }
        try {
            findings.check(operation, credential, request,
                    http.send(request.method(), request.target(), headers, request.body()));
        } catch (IOException noAnswer) {
            findings.unanswered(credential, request, noAnswer);
        }
    }

    private static String replay(long seed, int size) {
        return SEED_PROPERTY + "=" + seed + " " + SIZE_PROPERTY + "=" + size + " (replay with -D" + SEED_PROPERTY + "="
                + seed + " -D" + SIZE_PROPERTY + "=" + size + ")";
    }
}
