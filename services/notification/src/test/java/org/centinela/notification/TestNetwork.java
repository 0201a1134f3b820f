package org.centinela.notification;

import static org.awaitility.Awaitility.await;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.notification.application.AcceptRequests;
import org.centinela.notification.application.Directory;
import org.centinela.notification.application.SendNext;
import org.centinela.notification.domain.Contact;

/**
 * What the in-process tests need around the use cases: a clean database, people in the local directory,
 * requests recorded, and the senders run by hand until nothing is due.
 */
@ApplicationScoped
public class TestNetwork {

    private final DataSource dataSource;
    private final Directory directory;
    private final AcceptRequests acceptRequests;
    private final SendNext sendNext;
    private final FakeProviders providers;

    public TestNetwork(DataSource dataSource, Directory directory, AcceptRequests acceptRequests, SendNext sendNext,
            FakeProviders providers) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.acceptRequests = acceptRequests;
        this.sendNext = sendNext;
        this.providers = providers;
    }

    public NotificationDatabase database() {
        return new NotificationDatabase(dataSource);
    }

    /** Forgets every delivery, link, keypress, brief and outbox row, and what the fake providers saw. */
    public void reset() {
        NotificationDatabase database = database();
        for (String table : List.of("notification_delivery", "ack_link", "call_keypress", "outbox_event", "alert_brief",
                "brief_link")) {
            database.execute("DELETE FROM " + table);
        }
        providers.reset();
    }

    /** A responder of the network reachable on every channel; her id. */
    public String responder(String phone, String email, String language) {
        return person("Ana", phone, email, language);
    }

    /** A person of the network named {@code name}, reachable on every channel; her id. */
    public String person(String name, String phone, String email, String language) {
        String id = "person-" + UUID.randomUUID();
        arrives(id, name, phone, email, language);
        return id;
    }

    /** The person {@code id} reaches this replica's copy of the directory, reachable on every channel. */
    public void arrives(String id, String name, String phone, String email, String language) {
        directory.put(new Contact(id, name, phone, email, language, java.util.Set.of(Channel.SMS, Channel.VOICE, Channel.EMAIL)));
    }

    public int accept(NotificationRequested... requests) {
        return acceptRequests.accept(List.of(requests));
    }

    /** Runs the senders until nothing more is due now; how many were sent. */
    public int sendDue() {
        int sent = 0;
        while (sendNext.sendNext().sent()) {
            sent++;
        }
        return sent;
    }

    /** Runs the senders until {@code done} holds (retries come due after their backoff). */
    public void sendUntil(java.util.concurrent.Callable<Boolean> done) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
            sendDue();
            return done.call();
        });
    }
}
