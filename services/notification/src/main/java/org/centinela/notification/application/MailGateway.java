package org.centinela.notification.application;

import java.util.UUID;
import org.centinela.notification.domain.Email;
import org.centinela.notification.domain.SendResult;

/**
 * Sends e-mail over SMTP. The Message-ID is the same for every attempt of a delivery, so that a copy
 * sent again after a crash (SMTP cannot be asked what it took) is recognised as the same message.
 */
public interface MailGateway {

    SendResult send(UUID deliveryId, String to, Email email);
}
