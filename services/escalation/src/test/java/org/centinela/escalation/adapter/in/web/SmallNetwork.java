package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds a small network through the API, each piece with fresh ids and phone numbers, so that tests never
 * depend on what other tests (or earlier runs) left in the test database.
 */
final class SmallNetwork {

    static final String PIN = "4821";
    static final String DURESS_PIN = "9173";

    private SmallNetwork() {
    }

    /** A Guatemalan mobile number nobody else in the test database has, written as a local would ("5xxx xxxx"). */
    static String localPhone() {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String number = "5" + digits;
        return number.substring(0, 4) + " " + number.substring(4);
    }

    /** The E.164 form of a {@link #localPhone()}. */
    static String e164(String localPhone) {
        return "+502" + localPhone.replace(" ", "");
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> responderBody(String name, String phone) {
        return Map.of("name", name, "phone", phone, "email", "ana@example.org", "language", "es",
                "channels", List.of("SMS", "VOICE", "EMAIL"));
    }

    static String responder(String name) {
        return given().contentType(ContentType.JSON).body(responderBody(name, localPhone()))
                .when().post("/api/v1/responders").then().statusCode(201).extract().path("id");
    }

    static void group(String groupId, String... members) {
        given().contentType(ContentType.JSON).body(Map.of("name", "Group " + groupId, "members", List.of(members)))
                .when().put("/api/v1/groups/" + groupId).then().statusCode(201);
    }

    /** A policy of one level reaching {@code targets}, quorum 1. */
    static Map<String, Object> policyBody(String name, int quorum, String... targets) {
        Map<String, Object> level = new java.util.LinkedHashMap<>();
        level.put("name", "Trusted contacts");
        level.put("targets", List.of(targets));
        level.put("channels", List.of("SMS", "VOICE"));
        level.put("quorum", quorum);
        level.put("escalateAfter", "PT2M");
        level.put("repeatEvery", "PT1M");
        return Map.of("name", name, "levels", List.of(level),
                "startLevelByGrade", Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 1));
    }

    /** A fresh policy whose one level reaches a fresh group of one fresh responder; its id. */
    static String policy() {
        String responderId = responder("Bea");
        String groupId = id("grp");
        group(groupId, responderId);
        String policyId = id("pol");
        given().contentType(ContentType.JSON).body(policyBody("Drill", 1, "group:" + groupId))
                .when().put("/api/v1/policies/" + policyId).then().statusCode(201);
        return policyId;
    }

    static Map<String, Object> defenderBody(String policyId, String phone) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", "Marta");
        body.put("phone", phone);
        body.put("language", "quc");
        body.put("country", "GT");
        body.put("policyId", policyId);
        body.put("pin", PIN);
        body.put("duressPin", DURESS_PIN);
        body.put("codeWord", "Maripósa");
        body.put("baselineRisk", 2);
        return body;
    }

    static String defender(String policyId) {
        return given().contentType(ContentType.JSON).body(defenderBody(policyId, localPhone()))
                .when().post("/api/v1/defenders").then().statusCode(201).extract().path("id");
    }

    static List<String> list(String... values) {
        return new ArrayList<>(List.of(values));
    }
}
