package org.centinela.notification;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.twilio.TwilioSignature;
import org.eclipse.microprofile.config.ConfigProvider;

/** Twilio's callbacks as Twilio posts them: a form signed over notification's public URL, query included. */
public final class SignedWebhooks {

    private SignedWebhooks() {
    }

    /** Posts {@code form} to {@code pathAndQuery}, signed as Twilio signs. */
    public static Response post(String pathAndQuery, Map<String, String> form) {
        return given().header("X-Twilio-Signature", signature(pathAndQuery, form)).formParams(form)
                .when().post(pathAndQuery);
    }

    public static String signature(String pathAndQuery, Map<String, String> form) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        form.forEach((name, value) -> params.put(name, List.of(value)));
        return TwilioSignature.sign(config("twilio.auth-token"), config("twilio.webhook-base-url") + pathAndQuery, params);
    }

    /** A message status callback as Twilio sends it. */
    public static Map<String, String> messageStatus(String sid, String status) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", config("twilio.account-sid"));
        form.put("MessageSid", sid);
        form.put("SmsSid", sid);
        form.put("MessageStatus", status);
        form.put("SmsStatus", status);
        form.put("From", config("twilio.from"));
        form.put("To", "+50255510001");
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    /** A call status callback, or a keypress when {@code digits} is given. */
    public static Map<String, String> call(String sid, String status, String digits) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", config("twilio.account-sid"));
        form.put("CallSid", sid);
        form.put("CallStatus", status);
        form.put("From", config("twilio.from"));
        form.put("To", "+50255510001");
        form.put("Direction", "outbound-api");
        if (digits != null) {
            form.put("Digits", digits);
        }
        return form;
    }

    public static String statusPath(UUID deliveryId) {
        return "/twilio/status?d=" + deliveryId;
    }

    public static String gatherPath(UUID deliveryId) {
        return "/twilio/voice/gather?d=" + deliveryId;
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
