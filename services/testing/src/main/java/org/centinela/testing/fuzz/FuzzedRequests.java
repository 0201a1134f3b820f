package org.centinela.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The requests a fuzz run sends to one operation, built from the service's OpenAPI document: the first
 * valid-looking, each of the others spoiled in one way ({@link Mutation}), the ways taken in turn in an order drawn
 * from the seed, so that {@code size} requests try every way that applies once {@code size} is larger than their
 * number. The same document, operation, seed and size always give the same requests.
 */
public final class FuzzedRequests {

    /** The length of a huge string in a body. */
    static final int HUGE_BODY_STRING = 100_000;
    /** The length of a huge path or query value: a request line stays within the 4,096 bytes servers read. */
    static final int HUGE_URL_VALUE = 1_000;

    private final OpenApiOperations api;
    private final Map<String, JsonNode> examples;

    public FuzzedRequests(OpenApiOperations api) {
        this(api, Map.of());
    }

    /**
     * @param examples bodies that the service accepts, by {@link Operation#key()}: half the requests of such an
     *                 operation start from its example instead of a body drawn from its schema, so that a mutation
     *                 can get past the service's rules to where the value is stored or sent
     */
    public FuzzedRequests(OpenApiOperations api, Map<String, JsonNode> examples) {
        this.api = api;
        this.examples = Map.copyOf(examples);
    }

    /** {@code size} requests for {@code operation}, drawn from {@code seed}. */
    public List<FuzzedRequest> of(Operation operation, long seed, int size) {
        Random random = new Random(seed ^ (operation.key().hashCode() * 0x9E3779B97F4A7C15L));
        SchemaValues values = new SchemaValues(api.schemas(), random);
        List<Mutation> ways = new ArrayList<>(Arrays.stream(Mutation.values())
                .filter(mutation -> mutation != Mutation.VALID && mutation.appliesTo(operation)).toList());
        Collections.shuffle(ways, random);
        ways.add(0, Mutation.VALID);
        List<FuzzedRequest> requests = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Mutation mutation = ways.get(i % ways.size());
            RequestDraft draft = validLooking(operation, values, random);
            requests.add(draft.toRequest(mutation.apply(draft, random, values)));
        }
        return requests;
    }

    private RequestDraft validLooking(Operation operation, SchemaValues values, Random random) {
        RequestDraft draft = new RequestDraft(operation, api.schemas());
        for (Operation.Parameter parameter : operation.parameters()) {
            boolean given = parameter.required() || random.nextBoolean();
            if (!given) {
                continue;
            }
            String value = RequestDraft.encode(values.text(parameter.schema()));
            if (parameter.in().equals("path")) {
                draft.path.put(parameter.name(), value);
            } else {
                draft.query.add(new String[] {RequestDraft.encode(parameter.name()), value});
            }
        }
        if (operation.body() != null) {
            JsonNode example = examples.get(operation.key());
            draft.body = example != null && random.nextBoolean() ? example.deepCopy() : values.of(operation.body().schema());
        }
        return draft;
    }
}
