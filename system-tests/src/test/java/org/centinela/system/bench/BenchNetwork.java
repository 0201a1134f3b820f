package org.centinela.system.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The network the benchmark raises alarms in, made once through escalation's API and found again by later runs:
 * defenders "Bench 00001" … (phones +502 40xx xxxx, a range no test uses; PIN 2468), each following the policy
 * {@code bench}, whose one level texts the responder "Bench contact" (+502 4000 0000) and waits an hour. One SOS per
 * defender and run, so that each opens an alert of its own and its first SMS can be told apart by the alert's code.
 */
final class BenchNetwork {

    static final String CONTACT_PHONE = "+50240000000";
    static final String POLICY = "bench";
    private static final String GROUP = "bench-contacts";

    /** A bench defender: her id and phone. */
    record Defender(String id, String phone) {
    }

    private final OperatorApi api;
    private final IntakeDirectory intake;

    BenchNetwork(OperatorApi api, IntakeDirectory intake) {
        this.api = api;
        this.intake = intake;
    }

    /** The contact's id; the policy and group exist once this returns. */
    String contactAndPolicy() {
        String contact = find("/api/v1/responders", "Bench contact").getOrDefault(CONTACT_PHONE, null);
        if (contact == null) {
            contact = api.post("/api/v1/responders", Map.of("name", "Bench contact", "phone", CONTACT_PHONE,
                    "language", "es", "channels", List.of("SMS"))).get("id").asText();
        }
        api.put("/api/v1/groups/" + GROUP, Map.of("name", "Bench contacts", "members", List.of(contact)));
        api.put("/api/v1/policies/" + POLICY, Map.of("name", "Benchmark (one level, SMS, an hour)",
                "levels", List.of(Map.of("name", "Bench contact", "targets", List.of("group:" + GROUP),
                        "channels", List.of("SMS"), "quorum", 1, "escalateAfter", "PT1H")),
                "startLevelByGrade", Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 1)));
        return contact;
    }

    /**
     * The first {@code count} bench defenders, those missing enrolled now ({@code threads} at a time, each PIN is
     * hashed slowly) and returned once intake knows them; {@code progress} is told how many are ready.
     */
    List<Defender> defenders(int count, int threads, IntConsumer progress) {
        Map<String, String> existing = find("/api/v1/defenders", "Bench ");
        List<Defender> defenders = new ArrayList<>(count);
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String phone = phone(i);
            String id = existing.get(phone);
            defenders.add(id == null ? null : new Defender(id, phone));
            if (id == null) {
                missing.add(i);
            }
        }
        AtomicInteger ready = new AtomicInteger(count - missing.size());
        progress.accept(ready.get());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> enrolling = new ArrayList<>();
            for (int index : missing) {
                enrolling.add(pool.submit(() -> {
                    String id = api.post("/api/v1/defenders", Map.of("name", String.format("Bench %05d", index + 1),
                            "phone", phone(index), "language", "es", "country", "GT", "policyId", POLICY,
                            "pin", "2468", "duressPin", "1357", "baselineRisk", 0)).get("id").asText();
                    String deviceToken = api.post("/api/v1/defenders/" + id + "/devices", Map.of())
                            .get("deviceToken").asText();
                    intake.awaitKnown(deviceToken);
                    synchronized (defenders) {
                        defenders.set(index, new Defender(id, phone(index)));
                    }
                    progress.accept(ready.incrementAndGet());
                }));
            }
            for (Future<?> future : enrolling) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not enrol the bench defenders: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return defenders;
    }

    static String phone(int index) {
        return String.format("+50240%06d", index + 1);
    }

    /** Everyone of a directory collection whose name contains {@code search}: phone → id. */
    private Map<String, String> find(String collection, String search) {
        Map<String, String> byPhone = new HashMap<>();
        Integer offset = 0;
        while (offset != null) {
            JsonNode page = api.get(collection + "?limit=200&offset=" + offset + "&search=" + OperatorApi.query(search));
            page.get("items").forEach(item -> byPhone.put(item.get("phone").asText(), item.get("id").asText()));
            offset = page.hasNonNull("next") ? page.get("next").asInt() : null;
        }
        return byPhone;
    }
}
