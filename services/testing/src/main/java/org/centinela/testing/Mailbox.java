package org.centinela.testing;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * A recipient's mailbox on the local stack's SMTP sink (GreenMail), read over IMAP as a person's mail
 * program would: with authentication disabled there, the address is the login and any password works.
 * Override the server with {@code -Dimap.host} and {@code -Dimap.port} (127.0.0.1:3143).
 */
public final class Mailbox {

    private static final String HOST = System.getProperty("imap.host", "127.0.0.1");
    private static final int PORT = Integer.getInteger("imap.port", 3143);

    /**
     * An e-mail as read: its subject, plain text and HTML (either may be null), and its Message-ID (null if it has
     * none). Two copies with one Message-ID are one message sent twice: mail programs show it once.
     */
    public record Email(String subject, String text, String html, String messageId) {
        public Email {
            Objects.requireNonNull(subject, "subject");
        }

        /** The first line of the plain text that contains {@code part}, stripped. */
        public String lineWith(String part) {
            return text == null ? null
                    : text.lines().filter(line -> line.contains(part)).map(String::strip).findFirst().orElse(null);
        }
    }

    private final String address;

    private Mailbox(String address) {
        this.address = Objects.requireNonNull(address, "address");
    }

    public static Mailbox of(String address) {
        return new Mailbox(address);
    }

    /** Every e-mail in the inbox now, oldest first. */
    public List<Email> emails() {
        Properties settings = new Properties();
        settings.put("mail.imap.connectiontimeout", "3000");
        settings.put("mail.imap.timeout", "3000");
        try {
            Store store = Session.getInstance(settings).getStore("imap");
            store.connect(HOST, PORT, address, "any");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    List<Email> emails = new ArrayList<>();
                    for (Message message : inbox.getMessages()) {
                        emails.add(read(message));
                    }
                    return emails;
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not read the mailbox over IMAP on " + HOST + ":" + PORT, e);
        }
    }

    /** The first e-mail that matches {@code wanted}, waiting for it up to {@code patience}. */
    public Email await(Predicate<Email> wanted, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            try {
                for (Email email : emails()) {
                    if (wanted.test(email)) {
                        return email;
                    }
                }
            } catch (IllegalStateException notReadableYet) {
                // the server may be restarting; try again until the deadline
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no such e-mail arrived within " + patience.toSeconds() + " s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an e-mail", e);
            }
        }
    }

    private static Email read(Message message) throws MessagingException, IOException {
        String[] texts = new String[2];
        collect(message, texts);
        String[] ids = message.getHeader("Message-ID");
        return new Email(Objects.requireNonNullElse(message.getSubject(), ""), texts[0], texts[1],
                ids == null || ids.length == 0 ? null : ids[0]);
    }

    /** Puts the first text/plain part in {@code texts[0]} and the first text/html part in {@code texts[1]}. */
    private static void collect(Part part, String[] texts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && texts[0] == null) {
            texts[0] = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && texts[1] == null) {
            texts[1] = String.valueOf(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                collect(parts.getBodyPart(i), texts);
            }
        }
    }
}
