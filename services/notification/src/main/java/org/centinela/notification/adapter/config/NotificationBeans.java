package org.centinela.notification.adapter.config;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.config.SocketConfig;
import org.centinela.contracts.notification.Channel;
import org.centinela.notification.adapter.out.mail.SmtpMail;
import org.centinela.notification.adapter.out.templates.QuteMessages;
import org.centinela.notification.adapter.out.twilio.TwilioSettings;
import org.centinela.notification.adapter.out.twilio.VoiceScripts;
import org.centinela.notification.application.Directory;
import org.centinela.notification.application.MailGateway;
import org.centinela.notification.application.Reconcile;
import org.centinela.notification.application.Responses;
import org.centinela.notification.application.SendRates;
import org.centinela.notification.application.SendSettings;
import org.centinela.notification.domain.AckLink;
import org.centinela.notification.domain.BriefLink;
import org.centinela.notification.domain.BriefWait;
import org.centinela.notification.domain.BoundedWait;
import org.centinela.notification.domain.Languages;
import org.centinela.notification.domain.RetryPolicy;
import org.centinela.twilio.TwilioRestClients;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires notification's plain-Java parts and its providers from configuration. */
public class NotificationBeans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    Directory directory() {
        return new Directory();
    }

    @Produces
    @Singleton
    Languages languages(@ConfigProperty(name = "notification.fallback-language") String fallback) {
        return new Languages(QuteMessages.LANGUAGES, fallback);
    }

    @Produces
    @Singleton
    AckLink ackLink(@ConfigProperty(name = "notification.ack.signing-key") String key) {
        return new AckLink(key);
    }

    @Produces
    @Singleton
    BriefLink briefLink(@ConfigProperty(name = "notification.brief.signing-key") String key) {
        return new BriefLink(key);
    }

    /** Made at start, so that a response key too short stops the service rather than her keypress. */
    @Produces
    @Singleton
    @Startup
    Responses responses(ResponseKeyConfig config) {
        return new Responses(config.value());
    }

    @Produces
    @Singleton
    BriefWait briefWait(@ConfigProperty(name = "notification.brief.wait-at-most") Duration atMost,
            @ConfigProperty(name = "notification.brief.recheck-every") Duration recheckEvery) {
        return new BriefWait(atMost, recheckEvery);
    }

    @Produces
    @Singleton
    BoundedWait recipientWait(@ConfigProperty(name = "notification.recipient.wait-at-most") Duration atMost,
            @ConfigProperty(name = "notification.recipient.recheck-every") Duration recheckEvery) {
        return new BoundedWait(atMost, recheckEvery);
    }

    @Produces
    @Singleton
    RetryPolicy retries(@ConfigProperty(name = "notification.retry.max-attempts") int maxAttempts,
            @ConfigProperty(name = "notification.retry.first-delay") Duration firstDelay,
            @ConfigProperty(name = "notification.retry.max-delay") Duration maxDelay) {
        return new RetryPolicy(maxAttempts, firstDelay, maxDelay);
    }

    @Produces
    @Singleton
    SendSettings sendSettings(@ConfigProperty(name = "notification.sms.gsm7-only") boolean gsm7Only,
            @ConfigProperty(name = "notification.public-base-url") String publicBaseUrl,
            @ConfigProperty(name = "notification.ack.valid-for") Duration ackValidFor,
            @ConfigProperty(name = "notification.brief.link-valid-for") Duration briefLinkValidFor,
            @ConfigProperty(name = "notification.reconcile-window") Duration reconcileWindow) {
        return new SendSettings(gsm7Only, publicBaseUrl, ackValidFor, briefLinkValidFor, reconcileWindow);
    }

    @Produces
    @Singleton
    Reconcile.SendingLease sendingLease(@ConfigProperty(name = "notification.dispatch.sending-lease") Duration lease) {
        return new Reconcile.SendingLease(lease);
    }

    @Produces
    @Singleton
    SendRates sendRates(@ConfigProperty(name = "notification.rate.sms-per-second") double sms,
            @ConfigProperty(name = "notification.rate.calls-per-second") double calls,
            @ConfigProperty(name = "notification.rate.emails-per-second") double emails) {
        return new SendRates(Map.of(Channel.SMS, sms, Channel.VOICE, calls, Channel.EMAIL, emails), System::nanoTime);
    }

    @Produces
    @Singleton
    TwilioSettings twilio(@ConfigProperty(name = "twilio.account-sid") String accountSid,
            @ConfigProperty(name = "twilio.auth-token") String authToken,
            @ConfigProperty(name = "twilio.base-url") Optional<String> baseUrl,
            @ConfigProperty(name = "twilio.from") String from,
            @ConfigProperty(name = "notification.voice.from") String voiceFrom,
            @ConfigProperty(name = "twilio.webhook-base-url") String webhookBaseUrl,
            @ConfigProperty(name = "notification.twilio.connect-timeout") Duration connectTimeout,
            @ConfigProperty(name = "notification.twilio.read-timeout") Duration readTimeout) {
        int connect = (int) connectTimeout.toMillis();
        int read = (int) readTimeout.toMillis();
        NetworkHttpClient transport = new NetworkHttpClient(
                RequestConfig.custom().setConnectTimeout(connect).setConnectionRequestTimeout(connect)
                        .setSocketTimeout(read).build(),
                SocketConfig.custom().setSoTimeout(read).build());
        TwilioRestClient client = TwilioRestClients.create(accountSid, authToken, baseUrl, transport);
        return new TwilioSettings(client, from, voiceFrom, webhookBaseUrl);
    }

    @Produces
    @Singleton
    VoiceScripts voiceScripts(@ConfigProperty(name = "notification.voice.say-language") Map<String, String> sayLanguages) {
        return new VoiceScripts(sayLanguages);
    }

    @Produces
    @Singleton
    MailGateway mail(@ConfigProperty(name = "notification.mail.host") String host,
            @ConfigProperty(name = "notification.mail.port") int port,
            @ConfigProperty(name = "notification.mail.starttls") boolean startTls,
            @ConfigProperty(name = "notification.mail.username") Optional<String> username,
            @ConfigProperty(name = "notification.mail.password") Optional<String> password,
            @ConfigProperty(name = "notification.mail.from") String from,
            @ConfigProperty(name = "notification.mail.timeout") Duration timeout, Clock clock) {
        Properties properties = new Properties();
        String millis = String.valueOf(timeout.toMillis());
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        properties.put("mail.smtp.auth", String.valueOf(username.isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        try {
            return new SmtpMail(Session.getInstance(properties), new InternetAddress(from, true), username.orElse(null),
                    password.orElse(null), clock);
        } catch (AddressException e) {
            throw new IllegalArgumentException("notification.mail.from must be an e-mail address", e);
        }
    }
}
