package org.centinela.system.demo;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centinela.system.Alerts;
import org.centinela.system.Alerts.Alert;
import org.centinela.system.Eventually;
import org.centinela.system.Phones;
import org.centinela.testing.LocalKeycloak;

/**
 * {@code make demo}: the graded response (system test scenario 1) played on the stack of {@code make run}, step by
 * step, with its demo network (deploy/local/demo/DemoNetwork.java), narrated in Spanish and English. Marta presses
 * her app's panic button with her words and place; Ana and Luis get an SMS, the alert's brief (who, where, what) and
 * a call; nobody answers, so after a minute the protection unit is woken with only the code; Diego answers
 * "OK <code>" by SMS and gets the brief, Rosa presses 1 on her call and hears it; the quorum of 2 is reached and
 * everyone is told someone is on it. Watch it on the Twilio sandbox's phones page.
 *
 * <p>Settings ({@code -D…}): {@code demo.sandbox} (http://127.0.0.1:8089), {@code demo.escalation}
 * (http://127.0.0.1:8083), {@code demo.intake} (http://127.0.0.1:8081), {@code demo.pause-seconds} (2), {@code demo.keep-open} (false: the operator resolves
 * the alert at the end, so that the next demo opens a new one).
 */
public final class Drill {

    private static final String SANDBOX = System.getProperty("demo.sandbox", "http://127.0.0.1:8089");
    private static final String ESCALATION = System.getProperty("demo.escalation", "http://127.0.0.1:8083");
    private static final String INTAKE = System.getProperty("demo.intake", "http://127.0.0.1:8081");
    private static final String HER_WORDS = "Estoy en el mercado de Cobán, dos hombres no me dejan salir";
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    /** The demo network's numbers (deploy/local/demo/DemoNetwork.java). */
    private static final String MARTA = "+50255500001";
    private static final String ANA = "+50255510001";
    private static final String LUIS = "+50255510002";
    private static final String ROSA = "+50255510003";
    private static final String DIEGO = "+50255510005";

    private final Phones phones = new Phones(SANDBOX);
    private final Alerts alerts = new Alerts(ESCALATION);
    private final Narrator narrator = new Narrator(Duration.ofSeconds(Long.getLong("demo.pause-seconds", 2)));

    private Drill() {
    }

    public static void main(String[] args) {
        requireRunning(SANDBOX, "Twilio sandbox");
        requireRunning(ESCALATION, "escalation");
        new Drill().play();
        System.exit(0);
    }

    private void play() {
        String marta = defenderId();
        narrator.chapter("Simulacro: respuesta escalonada de la red de Marta",
                "Drill: Marta's network, level by level");
        narrator.say("Abre la página de teléfonos para verlo en vivo: " + SANDBOX + "/",
                "Open the phones page to watch it live: " + SANDBOX + "/");
        alerts.of(marta).stream().filter(alert -> !isOver(alert)).forEach(open -> {
            narrator.say("Marta ya tiene una alerta abierta (" + open.code() + "): la operadora la cierra primero.",
                    "Marta already has an open alert (" + open.code() + "): the operator resolves it first.");
            alerts.resolve(open.id());
            alerts.await(open.id(), Drill::isOver, PATIENCE);
        });
        String app = enrolledApp(marta);

        narrator.chapter("1. Marta pulsa el botón de pánico de su app", "1. Marta presses her app's panic button");
        Instant sos = Instant.now();
        narrator.startClock(sos);
        given().baseUri(INTAKE).auth().oauth2(app).contentType(ContentType.JSON)
                .body(Map.of("clientId", UUID.randomUUID().toString(), "text", HER_WORDS,
                        "location", Map.of("lat", 15.4709, "lon", -90.3707, "accuracyM", 20)))
                .when().post("/api/v1/sos").then().statusCode(202);
        narrator.say("Con sus palabras y dónde está: «" + HER_WORDS + "», mercado de Cobán (±20 m).",
                "With her words and where she is: \"" + HER_WORDS + "\", Cobán market (±20 m).");
        Alert alert = alerts.awaitOf(marta, a -> !isOver(a) && !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        String code = alert.code();
        narrator.say("Alerta " + code + " abierta: gravedad " + alert.grade() + ", nivel " + alert.level()
                        + " (contactos de confianza).",
                "Alert " + code + " opened: grade " + alert.grade() + ", level " + alert.level() + " (trusted contacts).");

        narrator.chapter("2. Nivel 1: Ana y Luis reciben la alerta y el resumen: quién, dónde, qué",
                "2. Level 1: Ana and Luis get the alert and its brief: who, where, what");
        Phones.Sms brief = null;
        for (String[] person : List.of(new String[] {"Ana", ANA}, new String[] {"Luis", LUIS})) {
            Phones.Sms sms = phones.awaitSms(person[1], s -> s.body().startsWith("CENTINELA alerta") && s.body().contains(code),
                    PATIENCE);
            brief = phones.awaitSms(person[1], s -> s.body().startsWith("CENTINELA " + code + ": "), PATIENCE);
            Phones.Call call = phones.awaitCall(person[1], c -> !c.createdAt().isBefore(sos), PATIENCE);
            narrator.say(person[0] + ": SMS a los " + narrator.since(sms.createdAt()) + ", resumen a los "
                            + narrator.since(brief.createdAt()) + ", llamada a los " + narrator.since(call.createdAt()) + ".",
                    person[0] + ": SMS at " + narrator.since(sms.createdAt()) + ", brief at "
                            + narrator.since(brief.createdAt()) + ", call at " + narrator.since(call.createdAt()) + ".");
        }
        narrator.say("La alerta sola no dice nada de ella; el resumen, solo para sus contactos de confianza, sí:",
                "The alert alone says nothing of her; the brief, for her trusted contacts only, does:");
        narrator.show(brief.body());
        narrator.say("Su nombre para la red, sus palabras, el mapa del lugar y la hora, y un enlace personal a la"
                        + " página del resumen. La llamada dice su nombre y sus palabras; el lugar, «enviado por SMS».",
                "The name her network knows her by, her words, a map of the place and its time, and a personal link to"
                        + " the brief's page. The call says her name and words; the place, \"sent by SMS\".");

        narrator.chapter("3. Nadie responde: recordatorios, y al minuto se despierta el nivel 2",
                "3. Nobody answers: reminders, and after a minute level 2 wakes up");
        phones.awaitSms(ANA, s -> s.body().startsWith("CENTINELA recordatorio " + code), PATIENCE);
        narrator.say("Recordatorio a Ana y Luis: «nadie confirma aún».",
                "Reminder to Ana and Luis: \"nobody has confirmed yet\".");
        Phones.Sms escalated = phones.awaitSms(ROSA, s -> s.body().contains(code), PATIENCE);
        narrator.say("Nivel 2, unidad de protección (Rosa, Carmen por correo, Diego), a los "
                        + narrator.since(escalated.createdAt()) + ". Este nivel recibe solo el código hasta que alguien"
                        + " responde OK:",
                "Level 2, the protection unit (Rosa, Carmen by e-mail, Diego), at " + narrator.since(escalated.createdAt())
                        + ". This level gets only the code until one of them answers OK:");
        narrator.show(escalated.body());

        narrator.chapter("4. Dos personas del nivel 2 atienden, y reciben el resumen",
                "4. Two people of level 2 answer, and get the brief");
        phones.awaitSms(DIEGO, s -> s.body().contains(code), PATIENCE);
        phones.text(DIEGO, "OK " + code);
        narrator.say("Diego responde por SMS «OK " + code + "»; le llega el resumen:",
                "Diego answers by SMS \"OK " + code + "\"; the brief reaches him:");
        Phones.Sms diegosBrief = phones.awaitSms(DIEGO, s -> s.body().startsWith("CENTINELA " + code + ": "), PATIENCE);
        narrator.show(diegosBrief.body());
        Phones.Call rosasCall = phones.awaitCall(ROSA, c -> c.waitsForKey() && !c.createdAt().isBefore(sos), PATIENCE);
        phones.press(rosasCall, "1");
        narrator.say("Rosa marca 1 en la llamada, y la llamada le dice quién es y qué escribió:",
                "Rosa presses 1 on the call, and the call tells her who it is and what she wrote:");
        Phones.Call pressed = phones.awaitCall(ROSA, c -> c.sid().equals(rosasCall.sid()) && !c.digits().isEmpty()
                && c.said().size() > rosasCall.said().size(), PATIENCE);
        narrator.show(String.join("\n", pressed.said().subList(rosasCall.said().size(), pressed.said().size())));

        Alert acknowledged = alerts.await(alert.id(), a -> a.state().equals("ACKNOWLEDGED"), PATIENCE);
        narrator.chapter("5. Quórum de 2 alcanzado: ALERTA ATENDIDA", "5. Quorum of 2 reached: ACKNOWLEDGED");
        narrator.say(acknowledged.acks().size() + " confirmaciones; los recordatorios se detienen.",
                acknowledged.acks().size() + " acknowledgements; the reminders stop.");
        Phones.Sms onIt = phones.awaitSms(ANA, s -> s.body().startsWith("CENTINELA " + code + ": ya "), PATIENCE);
        narrator.say("Todos los contactados saben quién atiende.", "Everyone contacted is told who is on it.");
        narrator.show(onIt.body());
        String page = pageLink(diegosBrief.body());
        narrator.say("La página del resumen de Diego (ábrela en un navegador; solo suya, se actualiza sola): " + page,
                "Diego's brief page (open it in a browser; his alone, it updates by itself): " + page);

        narrator.chapter("6. La línea de tiempo de la alerta: cada resumen enviado queda registrado",
                "6. The alert's timeline: every brief that went out is recorded");
        Alert told = alerts.get(alert.id());
        told.timeline().forEach(entry -> System.out.printf("  %8s  %-22s %s%n", narrator.since(entry.at()), entry.type(),
                entry.detail()));
        if (!Boolean.getBoolean("demo.keep-open")) {
            alerts.resolve(alert.id());
            alerts.await(alert.id(), Drill::isOver, PATIENCE);
            narrator.say("La operadora cierra la alerta: todos reciben el aviso de que terminó, y los enlaces de los"
                            + " resúmenes dejan de funcionar (410).",
                    "The operator resolves the alert: everyone is told it is over, and the brief links stop working"
                            + " (410).");
        }
        narrator.chapter("Fin del simulacro", "End of the drill");
    }

    /**
     * Enrols a device for Marta's app as the operator does (the token is shown once), and waits until intake knows
     * it (closing a check-in that does not exist answers 404, not 401); its token.
     */
    private String enrolledApp(String marta) {
        String token = given().baseUri(ESCALATION).auth().oauth2(LocalKeycloak.accessToken(LocalKeycloak.OPERATOR))
                .accept(ContentType.JSON).when().post("/api/v1/defenders/" + marta + "/devices").then().statusCode(201)
                .extract().path("deviceToken");
        Eventually.get(() -> given().baseUri(INTAKE).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("pin", "0000")).when().post("/api/v1/checkins/" + UUID.randomUUID() + "/safe")
                .statusCode() == 401 ? null : true, PATIENCE, "sign that intake knows Marta's new device");
        return token;
    }

    private static String pageLink(String sms) {
        Matcher link = Pattern.compile("(https?://\\S+/b/\\S+)").matcher(sms);
        return link.find() ? link.group(1) : "(no link)";
    }

    private static boolean isOver(Alert alert) {
        return alert.state().equals("RESOLVED") || alert.state().equals("CANCELLED");
    }

    /** Marta's id, as the directory (operator) knows her by her number. */
    private static String defenderId() {
        List<Map<String, Object>> found = given().baseUri(ESCALATION).auth()
                .oauth2(LocalKeycloak.accessToken(LocalKeycloak.OPERATOR)).accept(ContentType.JSON)
                .queryParam("search", "Marta").when().get("/api/v1/defenders").then().statusCode(200).extract()
                .jsonPath().getList("items");
        return found.stream().filter(defender -> MARTA.equals(defender.get("phone"))).map(d -> (String) d.get("id"))
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "Marta is not in the directory: make run creates the demo network"));
    }

    /** Exits unless something answers HTTP at {@code url}. */
    private static void requireRunning(String url, String name) {
        try {
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                    URI.create(url + "/")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException notRunning) {
            System.err.printf("%s is not running at %s: start the stack first (make run)%n", name, url);
            System.exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
