package org.centinela.notification.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;
import org.centinela.notification.domain.Email;
import org.centinela.notification.domain.Failure;
import org.centinela.notification.domain.SendResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** E-mail over SMTP with Jakarta Mail, against an SMTP server inside the test. */
class SmtpMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Email EMAIL = new Email("[Centinela] Alerta CRÍTICA 4821: una defensora necesita apoyo",
            "Alerta CRÍTICA 4821\nhttps://x/ack/abc", "<p>Alerta CRÍTICA 4821 <a href=\"https://x/ack/abc\">sí</a></p>");

    @Test
    void anEmailGoesOutAsTextAndHtmlWithTheDeliverysMessageId() throws Exception {
        UUID delivery = UUID.randomUUID();
        SmtpMail mail = mail(SMTP.getSmtp().getPort());

        SendResult result = mail.send(delivery, "ana@example.org", EMAIL);

        assertThat(result).isEqualTo(SendResult.accepted("<" + delivery + "@centinela.example.org>"));
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo(EMAIL.subject());
        assertThat(received.getMessageID()).isEqualTo("<" + delivery + "@centinela.example.org>");
        assertThat(received.getFrom()[0].toString()).contains("alertas@centinela.example.org");
        Multipart alternatives = (Multipart) received.getContent();
        assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
        assertThat(alternatives.getBodyPart(0).getContentType()).startsWith("text/plain").contains("UTF-8");
        assertThat((String) alternatives.getBodyPart(0).getContent()).contains("CRÍTICA 4821");
        assertThat(alternatives.getBodyPart(1).getContentType()).startsWith("text/html");
    }

    @Test
    void theSameDeliverySentAgainHasTheSameMessageId() throws Exception {
        UUID delivery = UUID.randomUUID();
        SmtpMail mail = mail(SMTP.getSmtp().getPort());

        mail.send(delivery, "ana@example.org", EMAIL);
        mail.send(delivery, "ana@example.org", EMAIL);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID());
    }

    @Test
    void eachEmailOnAKeptConnectionReachesOnlyItsOwnRecipient() throws Exception {
        SmtpMail mail = mail(SMTP.getSmtp().getPort());

        mail.send(UUID.randomUUID(), "ana@example.org", EMAIL);
        mail.send(UUID.randomUUID(), "rosa@example.org", EMAIL);
        mail.send(UUID.randomUUID(), "luisa@example.org", EMAIL);

        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(SMTP.getReceivedMessagesForDomain("example.org")).hasSize(3);
        for (String who : new String[] {"ana", "rosa", "luisa"}) {
            assertThat(java.util.Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> { try { return m.getAllRecipients()[0].toString().startsWith(who); } catch (Exception e) { return false; } }))
                    .hasSize(1);
        }
    }

    @Test
    void aConnectionTheRelayDroppedIsOpenedAgainForTheNextEmail() {
        SmtpMail mail = mail(SMTP.getSmtp().getPort());
        assertThat(mail.send(UUID.randomUUID(), "ana@example.org", EMAIL)).isInstanceOf(SendResult.Accepted.class);

        SMTP.stop();
        SMTP.start();

        assertThat(mail.send(UUID.randomUUID(), "ana@example.org", EMAIL)).isInstanceOf(SendResult.Accepted.class);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anSmtpRelayThatIsDownIsATransientFailure() {
        Failure failure = ((SendResult.Refused) mail(freePort()).send(UUID.randomUUID(), "ana@example.org", EMAIL)).failure();

        assertThat(failure.kind()).isEqualTo(Failure.Kind.TRANSIENT);
        assertThat(failure.code()).isEqualTo("smtp-unreachable");
    }

    @Test
    void anInvalidAddressIsPermanentAndNotQuoted() {
        Failure failure = ((SendResult.Refused) mail(SMTP.getSmtp().getPort()).send(UUID.randomUUID(), "not an address", EMAIL))
                .failure();

        assertThat(failure.kind()).isEqualTo(Failure.Kind.PERMANENT);
        assertThat(failure.message()).doesNotContain("not an address");
    }

    private static SmtpMail mail(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        try {
            return new SmtpMail(Session.getInstance(properties), new InternetAddress("Centinela <alertas@centinela.example.org>"),
                    null, null, Clock.systemUTC());
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
