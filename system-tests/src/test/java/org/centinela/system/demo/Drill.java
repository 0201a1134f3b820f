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
import org.centinela.system.Alerts;
import org.centinela.system.Alerts.Alert;
import org.centinela.system.Phones;
import org.centinela.testing.LocalKeycloak;

/**
 * {@code make demo}: the graded response (system test scenario 1) played on the stack of {@code make run}, step by
 * step, with its demo network (deploy/local/demo/DemoNetwork.java), narrated in Spanish and English. Marta texts
 * SOS; Ana and Luis get an SMS and a call; nobody answers, so after a minute the protection unit is woken; Diego
 * answers "OK <code>" by SMS and Rosa presses 1 on her call; the quorum of 2 is reached and everyone is told
 * someone is on it. Watch it on the Twilio sandbox's phones page.
 *
 * <p>Settings ({@code -D…}): {@code demo.sandbox} (http://127.0.0.1:8089), {@code demo.escalation}
 * (http://127.0.0.1:8083), {@code demo.pause-seconds} (2), {@code demo.keep-open} (false: the operator resolves
 * the alert at the end, so that the next demo opens a new one).
 */
public final class Drill {

    private static final String SANDBOX = System.getProperty("demo.sandbox", "http://127.0.0.1:8089");
    private static final String ESCALATION = System.getProperty("demo.escalation", "http://127.0.0.1:8083");
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

        narrator.chapter("1. Marta envía «SOS» desde su teléfono", "1. Marta texts \"SOS\" from her phone");
        Instant sos = Instant.now();
        narrator.startClock(sos);
        Phones.Answer answer = phones.text(MARTA, "SOS");
        narrator.say("Centinela le contesta solo «Recibido.»: quien tenga su teléfono no sabe nada más.",
                "Centinela only answers \"Received.\": whoever holds her phone learns nothing more.");
        narrator.show(answer.twiml());
        Alert alert = alerts.awaitOf(marta, a -> !isOver(a) && !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        String code = alert.code();
        narrator.say("Alerta " + code + " abierta: gravedad " + alert.grade() + ", nivel " + alert.level()
                        + " (contactos de confianza).",
                "Alert " + code + " opened: grade " + alert.grade() + ", level " + alert.level() + " (trusted contacts).");

        narrator.chapter("2. Nivel 1: Ana y Luis reciben un SMS y una llamada",
                "2. Level 1: Ana and Luis get an SMS and a call");
        for (String[] person : List.of(new String[] {"Ana", ANA}, new String[] {"Luis", LUIS})) {
            Phones.Sms sms = phones.awaitSms(person[1], s -> s.body().contains(code), PATIENCE);
            Phones.Call call = phones.awaitCall(person[1], c -> !c.createdAt().isBefore(sos), PATIENCE);
            String texted = narrator.since(sms.createdAt());
            String called = narrator.since(call.createdAt());
            narrator.say(person[0] + ": SMS a los " + texted + ", llamada a los " + called + ".",
                    person[0] + ": SMS at " + texted + ", call at " + called + ".");
            narrator.show(sms.body());
        }

        narrator.chapter("3. Nadie responde: recordatorios, y al minuto se despierta el nivel 2",
                "3. Nobody answers: reminders, and after a minute level 2 wakes up");
        phones.awaitSms(ANA, s -> s.body().startsWith("CENTINELA recordatorio " + code), PATIENCE);
        narrator.say("Recordatorio a Ana y Luis: «nadie confirma aún».",
                "Reminder to Ana and Luis: \"nobody has confirmed yet\".");
        Phones.Sms escalated = phones.awaitSms(ROSA, s -> s.body().contains(code), PATIENCE);
        narrator.say("Nivel 2, unidad de protección (Rosa, Carmen por correo, Diego), a los "
                        + narrator.since(escalated.createdAt()) + ".",
                "Level 2, the protection unit (Rosa, Carmen by e-mail, Diego), at " + narrator.since(escalated.createdAt())
                        + ".");
        narrator.show(escalated.body());

        narrator.chapter("4. Dos personas del nivel 2 atienden", "4. Two people of level 2 answer");
        phones.awaitSms(DIEGO, s -> s.body().contains(code), PATIENCE);
        phones.text(DIEGO, "OK " + code);
        narrator.say("Diego responde por SMS «OK " + code + "».", "Diego answers by SMS \"OK " + code + "\".");
        Phones.Call rosasCall = phones.awaitCall(ROSA, c -> c.waitsForKey() && !c.createdAt().isBefore(sos), PATIENCE);
        narrator.show(String.join("\n", rosasCall.said()));
        phones.press(rosasCall, "1");
        narrator.say("Rosa marca 1 en la llamada.", "Rosa presses 1 on the call.");

        Alert acknowledged = alerts.await(alert.id(), a -> a.state().equals("ACKNOWLEDGED"), PATIENCE);
        narrator.chapter("5. Quórum de 2 alcanzado: ALERTA ATENDIDA", "5. Quorum of 2 reached: ACKNOWLEDGED");
        narrator.say(acknowledged.acks().size() + " confirmaciones; los recordatorios se detienen.",
                acknowledged.acks().size() + " acknowledgements; the reminders stop.");
        Phones.Sms onIt = phones.awaitSms(ANA, s -> s.body().startsWith("CENTINELA " + code + ": ya "), PATIENCE);
        narrator.say("Todos los contactados saben quién atiende.", "Everyone contacted is told who is on it.");
        narrator.show(onIt.body());

        narrator.chapter("6. La línea de tiempo de la alerta", "6. The alert's timeline");
        Alert told = alerts.get(alert.id());
        told.timeline().forEach(entry -> System.out.printf("  %8s  %-22s %s%n", narrator.since(entry.at()), entry.type(),
                entry.detail()));
        if (!Boolean.getBoolean("demo.keep-open")) {
            alerts.resolve(alert.id());
            alerts.await(alert.id(), Drill::isOver, PATIENCE);
            narrator.say("La operadora cierra la alerta: todos reciben el aviso de que terminó.",
                    "The operator resolves the alert: everyone is told it is over.");
        }
        narrator.chapter("Fin del simulacro", "End of the drill");
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

    private static void requireRunning(String url, String name) {
        try {
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                    URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException notRunning) {
            System.err.printf("%s is not running at %s: start the stack first (make run)%n", name, url);
            System.exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
