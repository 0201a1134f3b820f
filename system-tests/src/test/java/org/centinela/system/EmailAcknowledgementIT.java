package org.centinela.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.centinela.system.Alerts.Alert;
import org.centinela.system.Centinela.Service;
import org.centinela.system.Network.Defender;
import org.centinela.system.Network.Level;
import org.centinela.system.Network.Responder;
import org.centinela.testing.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 4: a responder reachable by e-mail only reads the alert in her mailbox (IMAP on the SMTP sink) and
 * acknowledges it through its link: opening the link only shows the confirmation page (mail scanners open
 * links), confirming acknowledges, and the link works once.
 */
@ExtendWith(RunningCentinela.class)
class EmailAcknowledgementIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Centinela centinela;

    EmailAcknowledgementIT(Centinela centinela) {
        this.centinela = centinela;
    }

    @Test
    void aResponderWithEmailOnlyAcknowledgesThroughTheLinkInHerMail() {
        Alerts alerts = new Alerts(centinela);
        Network network = new Network(centinela);
        Responder carmen = network.responder("Carmen", "EMAIL");
        Defender marta = network.defender("Marta",
                network.policy(Level.of(network.group("mail", carmen), 1, Duration.ofMinutes(5), null, "EMAIL")));

        centinela.phones().text(marta.phone(), "SOS");

        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        try {
            // Her mailbox is on the local stack's shared SMTP sink: the link looked for is this system's.
            String ours = centinela.url(Service.NOTIFICATION) + "/ack/";
            Mailbox.Email email = Mailbox.of(carmen.email()).await(e -> e.subject().contains(alert.code())
                    && e.lineWith(ours) != null, PATIENCE);
            String link = email.lineWith(ours);
            assertThat(email.html()).contains("href=\"" + link + "\"");

            given().when().get(link).then().statusCode(200);
            Eventually.pause(Duration.ofSeconds(1));
            assertThat(alerts.get(alert.id()).acks()).as("opening the link acknowledges nothing").isEmpty();

            given().when().post(link).then().statusCode(200);
            Alert acknowledged = alerts.await(alert.id(), a -> a.state().equals("ACKNOWLEDGED"), PATIENCE);
            assertThat(acknowledged.acks()).containsExactly(new Alerts.Ack(carmen.id(), "EMAIL"));
            given().when().post(link).then().statusCode(409);
        } finally {
            alerts.resolve(alert.id());
        }
    }
}
