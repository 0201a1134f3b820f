package org.centinela.notification.adapter.out.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.centinela.notification.application.MailGateway;
import org.centinela.notification.domain.Email;
import org.centinela.notification.domain.Failure;
import org.centinela.notification.domain.SendResult;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * E-mail through Jakarta Mail (Angus Mail) over SMTP: plain text and HTML as alternatives, UTF-8, and a
 * Message-ID made from the delivery's id, the same for every attempt, so that a copy sent again after a
 * crash is the same message to the recipient's mail client. Each sender thread keeps its SMTP connection
 * open between messages. The exceptions' own messages are never used: they may quote the address.
 */
public final class SmtpMail implements MailGateway {

    private final Session session;
    private final InternetAddress from;
    private final String username;
    private final String password;
    private final String messageIdDomain;
    private final Clock clock;
    private final ThreadLocal<Transport> connections = new ThreadLocal<>();

    public SmtpMail(Session session, InternetAddress from, String username, String password, Clock clock) {
        this.session = session;
        this.from = from;
        this.username = username == null || username.isBlank() ? null : username;
        this.password = password;
        this.messageIdDomain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        this.clock = clock;
    }

    /**
     * The SMTP connection of this sender thread, opened when there is none or the relay dropped it: a
     * fan-out of hundreds of e-mails does not open hundreds of connections.
     */
    private Transport connected() throws MessagingException {
        Transport transport = connections.get();
        if (transport != null && transport.isConnected()) {
            return transport;
        }
        disconnect();
        transport = session.getTransport("smtp");
        if (username == null) {
            transport.connect();
        } else {
            transport.connect(username, password);
        }
        connections.set(transport);
        return transport;
    }

    private void disconnect() {
        Transport transport = connections.get();
        connections.remove();
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // closing a connection that is already gone
            }
        }
    }

    /** The Message-ID of a delivery's e-mail. */
    public String messageId(UUID deliveryId) {
        return "<" + deliveryId + "@" + messageIdDomain + ">";
    }

    @Override
    public SendResult send(UUID deliveryId, String to, Email email) {
        String messageId = messageId(deliveryId);
        try {
            MimeMessage message = new FixedIdMessage(session, messageId);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(email.subject(), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
            message.saveChanges();
            Transport transport = connected();
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException | RuntimeException e) {
                disconnect();
                throw e;
            }
            return SendResult.accepted(messageId);
        } catch (AddressException e) {
            return SendResult.refused(Failure.Kind.PERMANENT, "invalid-address", "the e-mail address is not valid");
        } catch (MessagingException e) {
            return new SendResult.Refused(failure(e));
        }
    }

    static Failure failure(MessagingException e) {
        if (e instanceof MailConnectException) {
            return new Failure(Failure.Kind.TRANSIENT, "smtp-unreachable", "the SMTP relay could not be reached");
        }
        if (e instanceof SendFailedException refused) {
            int code = replyCode(refused);
            if (code > 0) {
                return new Failure(code >= 500 ? Failure.Kind.PERMANENT : Failure.Kind.TRANSIENT, "smtp-" + code,
                        "the SMTP relay refused the message with " + code);
            }
            Address[] invalid = refused.getInvalidAddresses();
            if (invalid != null && invalid.length > 0) {
                return new Failure(Failure.Kind.PERMANENT, "invalid-address", "the SMTP relay refused the address");
            }
        }
        // MessagingException.getCause() is the exception chained to it, so this walks that chain too.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return new Failure(Failure.Kind.UNCERTAIN, "smtp-timeout", "the SMTP relay did not answer in time");
            }
        }
        return new Failure(Failure.Kind.TRANSIENT, "smtp-error", "the SMTP conversation failed");
    }

    /** The SMTP reply code of a refusal, from the exception or the ones chained to it; 0 when there is none. */
    private static int replyCode(MessagingException e) {
        for (Exception current = e; current != null;
                current = current instanceof MessagingException m ? m.getNextException() : null) {
            if (current instanceof SMTPSendFailedException sendFailed && sendFailed.getReturnCode() > 0) {
                return sendFailed.getReturnCode();
            }
            if (current instanceof SMTPAddressFailedException addressFailed && addressFailed.getReturnCode() > 0) {
                return addressFailed.getReturnCode();
            }
        }
        return 0;
    }

    /** A message whose Message-ID is chosen, not generated anew at each {@code saveChanges()}. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
