package org.centinela.console.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.centinela.testing.LocalKeycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The packaged console in headless Chromium, against the real services, sandbox, broker and Keycloak:
 * sign-in on Keycloak's page, an SOS appearing live on the board, the alert page's picture and brief (who, where,
 * what: an operator's reading recorded, never an auditor's), a responder who sees only her alerts and acknowledges
 * one, an auditor who cannot answer, the policy editor (an error next to its field, then a save; an auditor who
 * cannot edit), signing out, an operator adding a responder to the network, the brief on a phone's screen, an
 * operator dismissing an unknown number's SOS held for triage, and an operator enrolling and revoking a defender's
 * devices and marking her phone seized, then clearing it saying how she verified her.
 * Screenshots go to {@code target/screenshots/}.
 */
@QuarkusIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleInBrowserIT {

    private static final String CONSOLE = "http://127.0.0.1:18080";
    private static final String ESCALATION = "http://127.0.0.1:8083/api/v1";
    private static final String INTAKE = "http://127.0.0.1:8081/api/v1";
    private static final String SANDBOX = "http://127.0.0.1:8089";
    /** A defender of the tests' own, whose policy always starts at a level that contacts ana. */
    private static final String DEFENDER_PHONE = "+50255500077";
    /** Another, whose devices are revoked and whose phone is marked seized and cleared on her page. */
    private static final String SEIZABLE_PHONE = "+50255500078";

    /** Alerts of known defenders; an SOS from a number intake does not know goes to the triage lane. */
    private static final String OPEN_LANE = "#open-alerts li.card[data-code]";

    private static LocalNetwork network;
    private static String martaAlert;
    private static String martaCode;

    @BeforeAll
    static void network() {
        network = LocalNetwork.up();
    }

    @AfterAll
    static void stopNetwork() {
        if (network != null) {
            network.close();
        }
    }

    @Test
    @Order(1)
    void anOperatorSignsInOnKeycloakAndSeesAnSosArriveLiveThenItsPicture() {
        String operator = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
        resolveOpenAlertsOf(testDefender(operator), operator);
        try (Browser browser = Browser.of(CONSOLE, "es").signIn(LocalKeycloak.OPERATOR)) {
            assertThat(browser.driver.getCurrentUrl()).startsWith(CONSOLE + "/board");
            assertThat(browser.driver.findElement(By.id("who")).getAttribute("data-role")).isEqualTo("operator");
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("body[data-live-state=open]")));
            Set<String> before = codesOnBoard(browser, "li.card[data-code]");

            given().contentType(ContentType.JSON)
                    .body(Map.of("from", DEFENDER_PHONE, "to", centinelaNumber(), "body", "SOS"))
                    .post(SANDBOX + "/sandbox/inbound-sms").then().statusCode(200);
            Instant sent = Instant.now();

            // The board must show it without a reload. How fast is printed, not asserted: services this test has
            // just started may still be getting their Kafka partitions, which has nothing to do with the console.
            browser.waitFor(Duration.ofSeconds(20)).until(driver -> !difference(codesOnBoard(browser, OPEN_LANE), before)
                    .isEmpty());
            Duration appearedAfter = Duration.between(sent, Instant.now());
            System.out.printf("the SOS appeared on the board %d ms after it was sent, without a reload%n",
                    appearedAfter.toMillis());
            martaCode = difference(codesOnBoard(browser, OPEN_LANE), before).iterator().next();
            String card = "document.querySelector(\"li.card[data-code='" + martaCode + "']\")";
            martaAlert = (String) browser.driver.executeScript("return " + card + ".dataset.alert;");
            assertThat((String) browser.driver.executeScript("return " + card + ".innerText;"))
                    .as("grade shown by word").containsAnyOf("BAJA", "ELEVADA", "ALTA", "CRÍTICA");
            browser.screenshot("board");

            browser.open("/alerts/" + martaAlert);
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#timeline-picture g.mark")));
            assertThat(browser.driver.findElements(By.cssSelector("#timeline-picture g.band"))).isNotEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("#timeline-list tbody tr"))).isNotEmpty();
            assertThat(browser.driver.findElements(By.id("ack"))).as("an operator may answer").isNotEmpty();
            assertThat(browser.driver.findElement(By.cssSelector("#contacts tbody")).getText())
                    .as("an operator sees people by name").contains("Ana");
            // Deliveries arrive live from notifications.status; let a few land before the picture is taken
            // (notification sends one SMS a second per sender, so a busy local stack makes them wait their turn).
            browser.waitFor(Duration.ofSeconds(45)).until(driver -> !driver.findElements(
                    By.cssSelector("#timeline-picture g.mark.arrived, #timeline-picture g.mark.sent")).isEmpty());
            browser.screenshot("alert");

            // Her brief: who (her record, her phone to call), what she sent; escalation records the reading. Read in
            // one script, so that a live refresh of the page cannot replace an element between two looks at it.
            @SuppressWarnings("unchecked")
            Map<String, Object> brief = (Map<String, Object>) browser.driver.executeScript(
                    "var q = function (s) { return document.querySelector(s); };"
                            + " return { name: q('#brief-name').innerText.trim(),"
                            + " record: q('#brief-name a').getAttribute('href'),"
                            + " phone: q('#brief-phone').getAttribute('href'),"
                            + " signals: q('#brief-signals').innerText,"
                            + " reached: !!q('#brief-disclosures, #brief-no-disclosures') };");
            assertThat(brief.get("name")).isEqualTo("Prueba Consola");
            assertThat((String) brief.get("record")).contains("/network/defenders/");
            assertThat(brief.get("phone")).isEqualTo("tel:" + DEFENDER_PHONE);
            assertThat((String) brief.get("signals")).contains("Pánico", "SMS");
            assertThat(brief.get("reached")).as("an operator sees whom the brief reached").isEqualTo(true);
            assertThat(briefReadings(operator, "CONSOLE")).as("her reading, in the console").isPositive();
            browser.driver.executeScript("document.getElementById('brief').scrollIntoView();");
            browser.screenshot("alert-brief");
        }
    }

    @Test
    @Order(2)
    void aResponderSeesOnlyTheAlertsSheWasAskedAboutAndAcknowledgesOne() {
        assertThat(martaAlert).as("the SOS of the first test").isNotNull();
        String ana = LocalKeycloak.accessToken(LocalKeycloak.RESPONDER);
        String operator = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
        // An alert she was not asked about: an unknown number's SOS, held for operators in triage.
        Set<String> before = openCodes(operator);
        String stranger = "+5025559" + String.format("%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000));
        given().contentType(ContentType.JSON).body(Map.of("from", stranger, "to", centinelaNumber(), "body", "SOS"))
                .post(SANDBOX + "/sandbox/inbound-sms").then().statusCode(200);
        Set<String> strangers = awaitNewCodes(operator, before);
        Set<String> hers = openCodes(ana);
        Set<String> all = openCodes(operator);
        assertThat(difference(all, hers)).as("alerts she was not asked about").containsAll(strangers);
        try (Browser browser = Browser.of(CONSOLE, "en").signIn(LocalKeycloak.RESPONDER)) {
            Set<String> onBoard = codesOnBoard(browser, "li.card[data-code]");
            assertThat(onBoard).as(() -> browser.driver.findElement(By.id("main")).getText()).contains(martaCode)
                    .isEqualTo(hers);
            assertThat(onBoard).doesNotContainAnyElementsOf(difference(all, hers));
            assertThat(browser.driver.findElement(By.id("main")).getText()).contains("Alert board");

            browser.open("/alerts/" + martaAlert);
            browser.driver.findElement(By.id("ack")).click();
            browser.waitFor(Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(By.id("answered")));
            browser.waitFor(Duration.ofSeconds(15)).until(driver -> !driver.findElement(By.id("acks")).getText()
                    .equals("—"));
            String herId = given().auth().oauth2(operator).get(ESCALATION + "/alerts/" + martaAlert).then()
                    .statusCode(200).extract().path("acks[0].responderId");
            String herName = given().auth().oauth2(operator).get(ESCALATION + "/responders/" + herId).then()
                    .statusCode(200).extract().path("name");
            String acks = browser.waitFor(Duration.ofSeconds(15)).until(driver -> {
                String text = driver.findElement(By.id("acks")).getText();
                return text.contains(herName) ? text : null;
            });
            assertThat(acks).as("a responder sees who is on it by name, not by id").doesNotContain(herId);
            assertThat(browser.driver.findElements(By.id("brief")))
                    .as("her level's people are sent the brief with the first contact: she may read it").isNotEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("#brief-disclosures, #brief-no-disclosures")))
                    .as("whom it reached is for operators").isEmpty();
            browser.screenshot("alert-acknowledged");
        } finally {
            resolveAlertsWithCodes(strangers, operator);
        }
    }

    private static Set<String> awaitNewCodes(String operator, Set<String> before) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Set<String> fresh = difference(openCodes(operator), before);
            if (!fresh.isEmpty()) {
                return fresh;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException("the unknown number's SOS did not open an alert within 20 s");
    }

    private static void resolveAlertsWithCodes(Set<String> codes, String operator) {
        given().auth().oauth2(operator).queryParam("state", "OPEN").queryParam("size", 100).get(ESCALATION + "/alerts")
                .then().statusCode(200).extract().<List<Map<String, Object>>>path("").stream()
                .filter(alert -> codes.contains(String.valueOf(alert.get("code"))))
                .forEach(alert -> given().auth().oauth2(operator).contentType(ContentType.JSON)
                        .body(Map.of("kind", "RESOLVE")).post(ESCALATION + "/alerts/" + alert.get("id") + "/responses"));
    }

    @Test
    @Order(3)
    void anAuditorReadsButCannotAnswerNorReadTheBrief() {
        String operator = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
        long readings = briefReadings(operator, null);
        try (Browser browser = Browser.of(CONSOLE, "es").signIn(LocalKeycloak.AUDITOR)) {
            browser.open("/alerts/" + martaAlert);
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("timeline-picture")));
            assertThat(browser.driver.findElements(By.id("ack"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("resolve"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("brief"))).as("auditors never see the brief").isEmpty();
            assertThat(briefReadings(operator, null)).as("nor is it asked for on their behalf").isEqualTo(readings);
            Object status = browser.driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch('/alerts/" + martaAlert + "/answer', {method: 'POST', redirect: 'manual',"
                            + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'kind=ACK'})"
                            + ".then(function (r) { done(r.status); });");
            assertThat(((Number) status).intValue()).isEqualTo(403);

            // Her reading of the alert is in the audit log, which she may read.
            browser.open("/audit");
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("audit-log")));
            assertThat(browser.driver.findElements(By.cssSelector("#audit-log tbody tr")).stream()
                    .map(row -> row.findElement(By.className("actor")).getText() + " "
                            + row.findElement(By.className("subject")).getText()))
                    .contains(LocalKeycloak.AUDITOR + " alert:" + martaAlert);
            browser.screenshot("audit-log");
        }
    }

    @Test
    @Order(4)
    void aResponderIsNotShownTheAuditLog() {
        try (Browser browser = Browser.of(CONSOLE, "en").signIn(LocalKeycloak.RESPONDER)) {
            assertThat(browser.driver.findElements(By.cssSelector("a[href='/audit']"))).isEmpty();
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) browser.driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch('/audit', {redirect: 'manual'}).then(function (r) {"
                            + " r.text().then(function (body) { done({status: r.status, body: body}); }); });");
            assertThat(((Number) answer.get("status")).intValue()).isEqualTo(403);
            assertThat((String) answer.get("body")).contains("Your role does not allow you to see or do this.")
                    .doesNotContain("audit-log");
        }
    }

    @Test
    @Order(5)
    void anOperatorIsToldBesideTheQuorumWhatIsWrongThenSavesAndAnAuditorCannotEdit() {
        testDefender(LocalKeycloak.accessToken(LocalKeycloak.OPERATOR));
        try (Browser browser = Browser.of(CONSOLE, "en").signIn(LocalKeycloak.OPERATOR)) {
            browser.driver.findElement(By.id("nav-policies")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-policy='consola-prueba'] a"))).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("levels-0-quorum")));

            // Her group is ana alone: a quorum of 2 can never be reached, and escalation says so.
            browser.driver.findElement(By.id("levels-0-quorum")).clear();
            browser.driver.findElement(By.id("levels-0-quorum")).sendKeys("2");
            browser.driver.findElement(By.id("save")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("levels-0-quorum-error")));
            assertThat(browser.driver.findElement(By.id("levels-0-quorum-error")).getText())
                    .as("escalation's rule, in the console's words").isEqualTo(
                            "the quorum (2) is more than the people level 1 reaches (1)");
            assertThat(browser.driver.findElement(By.id("levels-0-quorum")).getAttribute("aria-describedby"))
                    .contains("levels-0-quorum-error");
            assertThat(browser.driver.findElement(By.id("levels-0-quorum")).getAttribute("value")).isEqualTo("2");
            assertThat(browser.driver.findElement(By.cssSelector("#error-summary a")).getAttribute("href"))
                    .endsWith("#levels-0-quorum");

            browser.driver.findElement(By.id("levels-0-quorum")).clear();
            browser.driver.findElement(By.id("levels-0-quorum")).sendKeys("1");
            browser.driver.findElement(By.id("save")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
            assertThat(browser.driver.findElement(By.id("saved")).getText()).containsPattern("Saved, version \\d+");
            assertThat(browser.driver.findElements(By.cssSelector("#schedule li"))).isNotEmpty();
            assertThat(new Select(browser.driver.findElement(By.id("levels-0-brief"))).getFirstSelectedOption()
                    .getAttribute("value")).as("escalation's rule for a first level").isEqualTo("ON_CONTACT");
            assertThat(browser.driver.findElement(By.id("schedule")).getText())
                    .contains("her name, words and place: with the first contact");
            browser.screenshot("policy-editor");
        }
        try (Browser browser = Browser.of(CONSOLE, "es").signIn(LocalKeycloak.AUDITOR)) {
            browser.open("/policies/consola-prueba");
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("levels-0-quorum")));
            assertThat(browser.driver.findElements(By.id("save"))).isEmpty();
            assertThat(browser.driver.findElement(By.id("levels-0-quorum")).isEnabled()).isFalse();
            Object status = browser.driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch('/policies/consola-prueba', {method: 'POST', redirect: 'manual',"
                            + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'name=x&action=save'})"
                            + ".then(function (r) { done(r.status); });");
            assertThat(((Number) status).intValue()).isEqualTo(403);
        }
    }

    @Test
    @Order(21)
    void theDocumentationCountsAlertsByMonthAndExportsThemAsCsv() {
        assertThat(martaAlert).as("the SOS of the first test").isNotNull();
        try (Browser browser = Browser.of(CONSOLE, "en").signIn(LocalKeycloak.AUDITOR)) {
            browser.driver.findElement(By.id("nav-documentation")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("documentation-filters")));
            browser.open("/documentation?counted=alerts");
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#counts-picture g.bar rect")));
            assertThat(browser.driver.findElement(By.id("counts")).getText()).isNotBlank();
            new Select(browser.driver.findElement(By.id("country"))).selectByValue("GT");
            browser.driver.findElement(By.id("show")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("country=GT"));
            assertThat(new Select(browser.driver.findElement(By.id("country"))).getFirstSelectedOption().getText())
                    .as("Marta's country, by name").isEqualTo("Guatemala (GT)");
            assertThat(browser.driver.findElements(By.cssSelector("#counts-picture g.bar rect"))).isNotEmpty();
            browser.screenshot("documentation");

            String guatemala = csv(browser, "/documentation.csv?counted=alerts&country=GT");
            assertThat(guatemala.lines().findFirst()).contains("kind,id,alert_id,received_at_utc,month,signal_type,"
                    + "violence_type,perpetrator_type,grade,score,triage,country");
            assertThat(guatemala.lines().filter(line -> line.contains(martaAlert))).singleElement()
                    .satisfies(line -> assertThat(line).endsWith(",GT"));
            assertThat(csv(browser, "/documentation.csv?counted=alerts&country=HN")).doesNotContain(martaAlert);

            Object refused = browser.driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch('/documentation?month=2026-13').then(function (r) { done(r.status); });");
            assertThat(((Number) refused).intValue()).as("a month that does not exist").isEqualTo(400);
        }
        try (Browser browser = Browser.of(CONSOLE, "en").signIn(LocalKeycloak.RESPONDER)) {
            assertThat(browser.driver.findElements(By.id("nav-documentation"))).isEmpty();
            Object status = browser.driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch('/documentation').then(function (r) { done(r.status); });");
            assertThat(((Number) status).intValue()).isEqualTo(403);
        }
    }

    @Test
    @Order(20)
    void anOperatorTriesTheRiskModelOnAText() {
        try (Browser browser = Browser.of(CONSOLE, "es").signIn(LocalKeycloak.OPERATOR)) {
            browser.driver.findElement(By.id("nav-risk")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("try-text")));
            browser.driver.findElement(By.id("try-text")).sendKeys("Nos amenazaron y hubo disparos frente a la oficina");
            new Select(browser.driver.findElement(By.id("try-type")))
                    .selectByValue("REPORT");
            browser.driver.findElement(By.id("try-it")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("score")));
            assertThat(Integer.parseInt(browser.driver.findElement(By.id("score")).getText())).isPositive();
            assertThat(browser.driver.findElement(By.id("factors")).getText()).contains("disparo")
                    .as("risk-scoring's reasons in Spanish").contains("reporte de incidente").contains("palabra clave «");
            browser.screenshot("risk-model");
        }
        try (Browser browser = Browser.of(CONSOLE, "es").signIn(LocalKeycloak.AUDITOR)) {
            assertThat(browser.driver.findElements(By.id("nav-risk"))).isEmpty();
        }
    }

    @Test
    @Order(6)
    void signingOutEndsTheSessionAtKeycloakToo() {
        try (Browser browser = Browser.of(CONSOLE, "es").signIn(LocalKeycloak.OPERATOR)) {
            browser.driver.findElement(By.id("signout")).click();
            browser.waitFor(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("signin")));
            browser.open("/board");
            browser.waitFor(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        }
    }

    @Test
    @Order(7)
    void anOperatorAddsAResponderToTheNetworkIsToldNextToThePhoneWhatIsWrongAndRemovesHer() {
        String name = "Red Prueba " + System.currentTimeMillis();
        String phone = String.format("+5025559%04d", System.currentTimeMillis() % 10000);
        try (Browser browser = Browser.of(CONSOLE, "es").signIn(LocalKeycloak.OPERATOR)) {
            browser.driver.findElement(By.id("nav-network")).click();
            browser.open("/network/responders/new");
            browser.driver.findElement(By.id("name")).sendKeys(name);
            browser.driver.findElement(By.id("phone")).sendKeys("12345");
            browser.driver.findElement(By.id("save")).click();

            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("phone-error")));
            var phoneInput = browser.driver.findElement(By.id("phone"));
            assertThat(phoneInput.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(phoneInput.getAttribute("aria-describedby")).contains("phone-error");
            assertThat(browser.driver.findElement(By.id("phone-error")).getText()).as("escalation's rule, in Spanish")
                    .startsWith("debe ser un número de teléfono válido");
            assertThat(browser.driver.findElement(By.id("name")).getAttribute("value")).as("what she wrote is kept")
                    .isEqualTo(name);

            phoneInput.clear();
            phoneInput.sendKeys(phone);
            browser.driver.findElement(By.id("save")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
            String id = browser.driver.getCurrentUrl().replaceAll(".*/network/responders/([^?]+).*", "$1");

            browser.open("/network/responders");
            browser.driver.findElement(By.id("search")).sendKeys(name);
            browser.driver.findElement(By.id("search-button")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("search="));
            assertThat(browser.driver.findElements(By.cssSelector("#network-list td.name")))
                    .extracting(cell -> cell.getText()).containsExactly(name);
            browser.screenshot("network");

            // A page of another application on this machine posts "remove her" with the operator's session: refused.
            try (OtherOriginPage forged = OtherOriginPage.posting(CONSOLE + "/network/responders/" + id + "/remove")) {
                browser.driver.get(forged.url());
                browser.waitFor(Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().startsWith(CONSOLE)
                        && driver.findElement(By.tagName("body")).getText().contains("console's own pages"));
            }
            given().auth().oauth2(LocalKeycloak.accessToken(LocalKeycloak.OPERATOR))
                    .get(ESCALATION + "/responders/" + id).then().statusCode(200);

            // She leaves the network: asked first, then gone from escalation's directory.
            browser.open("/network/responders/" + id);
            browser.driver.findElement(By.id("remove")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("confirm-remove"))).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("removed")));
            given().auth().oauth2(LocalKeycloak.accessToken(LocalKeycloak.OPERATOR))
                    .get(ESCALATION + "/responders/" + id).then().statusCode(404);
        }
    }

    @Test
    @Order(8)
    void anOperatorReadsTheBriefOnAPhonesScreen() {
        assertThat(martaAlert).as("the SOS of the first test").isNotNull();
        try (Browser browser = Browser.phone(CONSOLE, "es").signIn(LocalKeycloak.OPERATOR)) {
            browser.open("/alerts/" + martaAlert);
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("brief")));
            Number page = (Number) browser.driver.executeScript("return document.documentElement.scrollWidth;");
            Number screen = (Number) browser.driver.executeScript("return document.documentElement.clientWidth;");
            assertThat(page.intValue()).as("nothing wider than the phone's screen").isLessThanOrEqualTo(screen.intValue());
            browser.waitFor(Duration.ofSeconds(10)).until(driver -> driver.findElement(By.id("brief-name")).getText()
                    .equals("Prueba Consola"));
            browser.driver.executeScript("document.getElementById('brief').scrollIntoView();");
            browser.waitFor(Duration.ofSeconds(10)).until(driver -> driver.findElement(By.id("brief-phone")).isDisplayed());
            browser.screenshot("alert-phone");
        }
    }

    @Test
    @Order(9)
    void anOperatorCallsAnUnknownNumberBackFromItsHeldAlertAndDismissesIt() {
        String operator = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
        Set<String> before = openCodes(operator);
        String stranger = "+5025558" + String.format("%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000));
        given().contentType(ContentType.JSON).body(Map.of("from", stranger, "to", centinelaNumber(), "body",
                "SOS me siguen")).post(SANDBOX + "/sandbox/inbound-sms").then().statusCode(200);
        String code = awaitNewCodes(operator, before).iterator().next();
        try (Browser browser = Browser.of(CONSOLE, "en").signIn(LocalKeycloak.OPERATOR)) {
            String card = "#triage-alerts li.card[data-code='" + code + "']";
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(card + " .sender a.phone")));
            assertThat(browser.driver.findElement(By.cssSelector(card + " .sender a.phone")).getAttribute("href"))
                    .as("her number, to call her back").isEqualTo("tel:" + stranger);
            assertThat(browser.driver.findElement(By.cssSelector(card + " .sender")).getText()).contains("SOS me siguen");
            browser.driver.findElement(By.cssSelector(card + " a")).click();

            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("triage")));
            assertThat(browser.driver.findElement(By.id("triage-phone")).getText()).isEqualTo(stranger);
            browser.driver.findElement(By.id("reason")).sendKeys("a test of the console");
            browser.driver.findElement(By.id("dismiss")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("triaged")));
            assertThat(browser.driver.findElements(By.id("triage"))).as("decided: no more forms").isEmpty();
            assertThat(openCodes(operator)).as("dismissed: over").doesNotContain(code);
        } finally {
            resolveAlertsWithCodes(Set.of(code), operator);
        }
    }

    /**
     * The brief's own page (notification's, not the console's), as her trusted contact opens it from her SMS on a
     * phone: the name, her words, a call button and "I'm on it", nothing wider than the screen, nothing fetched from
     * another site.
     */
    @Test
    @Order(10)
    void herTrustedContactOpensTheBriefFromHerSmsOnAPhone() {
        String operator = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
        resolveOpenAlertsOf(testDefender(operator), operator);
        String anasPhone = given().auth().oauth2(operator).queryParam("search", "Ana").get(ESCALATION + "/responders")
                .then().statusCode(200).extract().path("items.find { it.username == 'ana' }.phone");
        Instant sent = Instant.now();
        given().contentType(ContentType.JSON).body(Map.of("from", DEFENDER_PHONE, "to", centinelaNumber(), "body",
                "SOS me siguen, estoy frente a la alcaldia")).post(SANDBOX + "/sandbox/inbound-sms").then()
                .statusCode(200);
        String link = Awaitility.await("ana's SMS with the brief's link").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().queryParam("to", anasPhone).get(SANDBOX + "/sandbox/messages").then()
                        .statusCode(200).extract().<List<Map<String, String>>>path("$").stream()
                        .filter(sms -> Instant.parse(sms.get("createdAt")).isAfter(sent))
                        .map(sms -> sms.get("body")).filter(body -> body.contains("alcaldia") && body.contains("/b/"))
                        .map(body -> body.substring(body.lastIndexOf("http")).split("\\s")[0])
                        .findFirst().orElse(null), java.util.Objects::nonNull);
        try (Browser browser = Browser.phone(CONSOLE, "es")) {
            browser.driver.get(link);
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("a[href^='tel:']")));
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains("Prueba Consola", "me siguen, estoy frente a la alcaldia");
            assertThat(browser.driver.findElement(By.cssSelector("a[href^='tel:']")).getAttribute("href"))
                    .isEqualTo("tel:" + DEFENDER_PHONE);
            assertThat(browser.driver.findElements(By.cssSelector("form[method=post] button"))).as("I'm on it")
                    .isNotEmpty();
            Number width = (Number) browser.driver.executeScript("return document.documentElement.scrollWidth;");
            Number screen = (Number) browser.driver.executeScript("return document.documentElement.clientWidth;");
            assertThat(width.intValue()).as("nothing wider than the phone's screen").isLessThanOrEqualTo(screen.intValue());
            @SuppressWarnings("unchecked")
            List<String> fetched = (List<String>) browser.driver.executeScript(
                    "return performance.getEntriesByType('resource').map(function (r) { return r.name; });");
            assertThat(fetched).as("nothing from another site").allMatch(url -> url.startsWith(
                    link.substring(0, link.indexOf("/b/"))));
            browser.screenshot("brief-page");
        } finally {
            resolveOpenAlertsOf(testDefender(operator), operator);
        }
    }

    @Test
    @Order(11)
    void anOperatorEnrolsAndRevokesADeviceMarksHerPhoneSeizedAndClearsItSayingHowSheWasVerified() {
        String operator = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
        String id = seizableDefender(operator);
        String lost = enrolDevice(operator, id);
        try (Browser browser = Browser.of(CONSOLE, "en").signIn(LocalKeycloak.OPERATOR)) {
            browser.open("/network/defenders/" + id);
            assertThat(browser.driver.findElement(By.cssSelector("tr[data-device='" + lost + "']")).getText())
                    .as("short id, enrolled, never used").startsWith(lost.substring(0, 8)).contains("never");

            // A new phone: its id and token shown this once, and it is on her list already.
            browser.driver.findElement(By.id("enrol")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("device-id")));
            String kept = browser.driver.findElement(By.id("device-id")).getText();
            assertThat(browser.driver.findElement(By.id("device-token")).getText()).isNotBlank();
            assertThat(browser.driver.findElements(By.cssSelector("tr[data-device]")))
                    .extracting(row -> row.getAttribute("data-device")).containsExactly(lost, kept);

            // One device is lost: asked first, then revoked, and only that one.
            browser.driver.findElement(By.id("revoke-" + lost)).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("confirm")))
                    .click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
            assertThat(browser.driver.findElements(By.cssSelector("tr[data-device]")))
                    .extracting(row -> row.getAttribute("data-device")).containsExactly(kept);
            assertThat(devicesOf(operator, id)).containsExactly(kept);

            // Her phone is taken: marked seized after a question; her devices go, a banner says since when.
            browser.driver.findElement(By.id("mark-seized")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("confirm")))
                    .click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("phone-seized")));
            assertThat(browser.driver.findElement(By.id("phone-seized")).getText())
                    .startsWith("Her phone is marked seized since").contains("UTC");
            assertThat(browser.driver.findElements(By.id("no-devices"))).isNotEmpty();
            assertThat(devicesOf(operator, id)).as("every device revoked").isEmpty();
            browser.screenshot("defender-phone-seized");
            browser.open("/network/defenders?search=Prueba+Incautada");
            assertThat(browser.driver.findElement(By.cssSelector("#network-list tr[data-id='" + id + "'] .seized-mark"))
                    .getText()).isEqualTo("phone seized");

            // Cleared only saying how she was verified: without it, escalation's refusal beside the input.
            browser.open("/network/defenders/" + id);
            browser.driver.findElement(By.id("clear-seized")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("verification-error")));
            assertThat(browser.driver.findElement(By.id("verification")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.driver.findElements(By.id("phone-seized"))).as("still seized").isNotEmpty();
            browser.driver.findElement(By.id("verification")).sendKeys("called her sister, she answered her question");
            browser.driver.findElement(By.id("clear-seized")).click();
            browser.waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("done"),
                    "Her phone is no longer marked seized."));
            assertThat(browser.driver.findElements(By.id("phone-seized"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("mark-seized"))).isNotEmpty();
            given().auth().oauth2(operator).get(ESCALATION + "/defenders/" + id).then().statusCode(200)
                    .body("phoneSeized", org.hamcrest.Matchers.is(false));
        }
    }

    /** The defender whose phone the test marks seized, without devices and her phone not seized, made idempotently. */
    private static String seizableDefender(String operator) {
        testPolicy(operator);
        Map<String, Object> defender = Map.of("name", "Prueba Incautada", "phone", SEIZABLE_PHONE, "language", "en",
                "country", "GT", "policyId", "consola-prueba", "pin", "4826", "duressPin", "9173", "baselineRisk", 0);
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(defender).post(ESCALATION + "/defenders")
                .then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        String id = given().auth().oauth2(operator).queryParam("search", "Prueba Incautada")
                .get(ESCALATION + "/defenders").then().statusCode(200).extract().path("items[0].id");
        if (Boolean.TRUE.equals(given().auth().oauth2(operator).get(ESCALATION + "/defenders/" + id).then()
                .statusCode(200).extract().path("phoneSeized"))) {
            given().auth().oauth2(operator).contentType(ContentType.JSON)
                    .body(Map.of("seized", false, "verification", "the browser test starts again"))
                    .put(ESCALATION + "/defenders/" + id + "/phone-seized").then().statusCode(200);
        }
        given().auth().oauth2(operator).delete(ESCALATION + "/defenders/" + id + "/devices").then().statusCode(204);
        return id;
    }

    private static String enrolDevice(String operator, String defenderId) {
        return given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of())
                .post(ESCALATION + "/defenders/" + defenderId + "/devices").then().statusCode(201).extract()
                .path("deviceId");
    }

    private static List<String> devicesOf(String operator, String defenderId) {
        return given().auth().oauth2(operator).get(ESCALATION + "/defenders/" + defenderId + "/devices").then()
                .statusCode(200).extract().path("id");
    }

    /**
     * The readings of Marta's brief on her alert's timeline (escalation records each, with how it was read);
     * {@code channel} null for every reading.
     */
    private static long briefReadings(String operator, String channel) {
        List<Map<String, Object>> timeline = given().auth().oauth2(operator).get(ESCALATION + "/alerts/" + martaAlert)
                .then().statusCode(200).extract().path("timeline");
        return timeline.stream().filter(line -> "BRIEF_READ".equals(line.get("type")))
                .filter(line -> channel == null || channel.equals(line.get("channel"))).count();
    }

    /** Read in one script, so a live refresh of the board cannot pull an element away halfway. */
    @SuppressWarnings("unchecked")
    private static Set<String> codesOnBoard(Browser browser, String cards) {
        List<String> codes = (List<String>) browser.driver.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(function (e) {"
                        + " return e.getAttribute('data-code'); });", cards);
        return Set.copyOf(codes);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toSet());
    }

    private static Set<String> openCodes(String token) {
        return Set.of("OPEN", "ESCALATING", "ACKNOWLEDGED").stream()
                .flatMap(state -> given().auth().oauth2(token).queryParam("state", state).queryParam("size", 100)
                        .get(ESCALATION + "/alerts").then().statusCode(200).extract().<List<String>>path("code")
                        .stream())
                .collect(Collectors.toSet());
    }

    private static String centinelaNumber() {
        return given().get(SANDBOX + "/sandbox/info").then().statusCode(200).extract().path("centinelaNumber");
    }

    /** The tests' group (ana alone) and policy (level 1 for every grade), made idempotently. */
    private static void testPolicy(String operator) {
        String ana = given().auth().oauth2(operator).queryParam("search", "Ana").get(ESCALATION + "/responders")
                .then().statusCode(200).extract().path("items.find { it.username == 'ana' }.id");
        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("name", "Prueba de la consola", "members", List.of(ana)))
                .put(ESCALATION + "/groups/consola-prueba").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("name", "Prueba de la consola", "levels", List.of(Map.of("name", "Ana",
                        "targets", List.of("group:consola-prueba"), "channels", List.of("SMS"), "quorum", 1,
                        "escalateAfter", "PT10M", "repeatEvery", "PT5M")),
                        "startLevelByGrade", Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 1)))
                .put(ESCALATION + "/policies/consola-prueba").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /** The tests' defender, her group (ana alone) and her policy (level 1 for every grade), made idempotently. */
    private static String testDefender(String operator) {
        testPolicy(operator);
        Map<String, Object> defender = Map.of("name", "Prueba Consola", "phone", DEFENDER_PHONE, "language", "es",
                "country", "GT", "policyId", "consola-prueba", "pin", "4826", "duressPin", "9173", "baselineRisk", 0);
        int created = given().auth().oauth2(operator).contentType(ContentType.JSON).body(defender)
                .post(ESCALATION + "/defenders").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409))
                .extract().statusCode();
        String id = given().auth().oauth2(operator).queryParam("search", "Prueba Consola")
                .get(ESCALATION + "/defenders").then().statusCode(200).extract().path("items[0].id");
        if (created == 409) {
            // Put again so she is published again: the broker may be newer than the database that knows her.
            given().auth().oauth2(operator).contentType(ContentType.JSON).body(defender)
                    .put(ESCALATION + "/defenders/" + id).then().statusCode(200);
        }
        String deviceToken = given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of())
                .post(ESCALATION + "/defenders/" + id + "/devices").then().statusCode(201).extract()
                .path("deviceToken");
        awaitKnownByIntake(deviceToken);
        return id;
    }

    /**
     * Until intake knows her, her SOS would come from an unknown number. Her new device is the last thing published
     * about her; closing a check-in that does not exist with its token answers 401 until intake knows it, then 404
     * (and changes nothing).
     */
    private static void awaitKnownByIntake(String deviceToken) {
        for (int attempt = 0; attempt < 300; attempt++) {
            int status = given().auth().oauth2(deviceToken).contentType(ContentType.JSON).body(Map.of("pin", "0000"))
                    .post(INTAKE + "/checkins/" + java.util.UUID.randomUUID() + "/safe").then().extract().statusCode();
            if (status != 401) {
                assertThat(status).as("closing a check-in that does not exist").isEqualTo(404);
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException("intake did not learn of the test defender within 30 s");
    }

    /** A new SOS of hers would only join an alert of hers still open: resolve those first, and wait until they are. */
    private static void resolveOpenAlertsOf(String marta, String operator) {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<String> open = Set.of("OPEN", "ESCALATING", "ACKNOWLEDGED").stream()
                    .flatMap(state -> given().auth().oauth2(operator).queryParam("state", state)
                            .queryParam("defenderId", marta).get(ESCALATION + "/alerts").then().statusCode(200)
                            .extract().<List<String>>path("id").stream())
                    .toList();
            if (open.isEmpty()) {
                return;
            }
            if (attempt % 20 == 0) {
                open.forEach(id -> given().auth().oauth2(operator).contentType(ContentType.JSON)
                        .body(Map.of("kind", "RESOLVE")).post(ESCALATION + "/alerts/" + id + "/responses"));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the test defender's open alerts were not resolved within 10 s");
    }

    /** The CSV the signed-in browser downloads from {@code path}, after checking it is one. */
    private static String csv(Browser browser, String path) {
        @SuppressWarnings("unchecked")
        Map<String, Object> csv = (Map<String, Object>) browser.driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) {"
                        + " r.text().then(function (body) { done({status: r.status,"
                        + " type: r.headers.get('Content-Type'), body: body}); }); });", path);
        assertThat(((Number) csv.get("status")).intValue()).isEqualTo(200);
        assertThat((String) csv.get("type")).startsWith("text/csv");
        return (String) csv.get("body");
    }
}
