package org.centinela.notification;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A recipient's mailbox on the local stack's GreenMail, read over IMAP (127.0.0.1:3143; with authentication
 * disabled, the address is the login and any password works).
 */
public final class Mailbox {

    /** An e-mail as read: subject, Message-ID, plain text and HTML. */
    public record Received(String subject, String messageId, String text, String html) {
    }

    private static final String HOST = System.getProperty("imap.host", "127.0.0.1");
    private static final int PORT = Integer.getInteger("imap.port", 3143);

    private Mailbox() {
    }

    /** Every e-mail to {@code address} whose subject contains {@code subjectPart}. */
    public static List<Received> of(String address, String subjectPart) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "3000");
        properties.put("mail.imap.timeout", "3000");
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(HOST, PORT, address, "any");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Received> found = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    if (message.getSubject() != null && message.getSubject().contains(subjectPart)) {
                        found.add(read(message));
                    }
                }
                inbox.close(false);
                return found;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not read the mailbox over IMAP", e);
        }
    }

    /**
     * Waits until exactly one e-mail to {@code address} has {@code subjectPart} in its subject and
     * {@code textPart} in its text (other notifications on the same stack may send the same request: their
     * links name their own URL).
     */
    public static Received one(String address, String subjectPart, String textPart, Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> !of(address, subjectPart, textPart).isEmpty());
        List<Received> all = of(address, subjectPart, textPart);
        if (all.size() != 1) {
            throw new AssertionError(all.size() + " e-mails to the recipient with that subject and text");
        }
        return all.get(0);
    }

    private static List<Received> of(String address, String subjectPart, String textPart) {
        return of(address, subjectPart).stream().filter(mail -> mail.text() != null && mail.text().contains(textPart))
                .toList();
    }

    private static Received read(Message message) throws MessagingException, IOException {
        String text = null;
        String html = null;
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    text = (String) parts.getBodyPart(i).getContent();
                } else if (parts.getBodyPart(i).isMimeType("text/html")) {
                    html = (String) parts.getBodyPart(i).getContent();
                }
            }
        } else {
            text = String.valueOf(content);
        }
        String[] ids = message.getHeader("Message-ID");
        return new Received(message.getSubject(), ids == null ? null : ids[0], text, html);
    }
}
