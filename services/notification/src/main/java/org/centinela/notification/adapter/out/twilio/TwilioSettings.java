package org.centinela.notification.adapter.out.twilio;

import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/**
 * What the Twilio adapters share: the SDK's client, the senders, and the public URL Twilio calls back
 * (status callbacks and keypresses name the delivery in their query, and are signed over the whole URL).
 *
 * @param client         the official SDK's client (pointed at the sandbox locally)
 * @param smsFrom        the sender of SMS: a number in E.164, or a messaging service SID ({@code MG…})
 * @param voiceFrom      the number calls come from
 * @param webhookBaseUrl the public URL of this service as Twilio calls it
 */
public record TwilioSettings(TwilioRestClient client, String smsFrom, String voiceFrom, String webhookBaseUrl) {

    public static final String STATUS_PATH = "/twilio/status";
    public static final String GATHER_PATH = "/twilio/voice/gather";
    public static final String DELIVERY_PARAMETER = "d";

    public TwilioSettings {
        Objects.requireNonNull(client, "client must not be null");
        Objects.requireNonNull(smsFrom, "smsFrom must not be null");
        Objects.requireNonNull(voiceFrom, "voiceFrom must not be null");
        Objects.requireNonNull(webhookBaseUrl, "webhookBaseUrl must not be null");
        webhookBaseUrl = webhookBaseUrl.endsWith("/") ? webhookBaseUrl.substring(0, webhookBaseUrl.length() - 1) : webhookBaseUrl;
    }

    public URI statusCallback(UUID deliveryId) {
        return URI.create(webhookBaseUrl + STATUS_PATH + "?" + DELIVERY_PARAMETER + "=" + deliveryId);
    }

    public URI gatherAction(UUID deliveryId) {
        return URI.create(webhookBaseUrl + GATHER_PATH + "?" + DELIVERY_PARAMETER + "=" + deliveryId);
    }
}
