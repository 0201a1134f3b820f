package org.centinela.intake;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.twilio.TwilioSignature;
import org.eclipse.microprofile.config.ConfigProvider;

/** Inbound SMS webhooks as Twilio posts them, signed over intake's public webhook URL. */
public final class SignedSms {

    private SignedSms() {
    }

    public static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    public static Response post(String sid, String from, String body) {
        Map<String, String> form = form(sid, from, body);
        return given().header("X-Twilio-Signature", signature(form)).formParams(form).when().post("/twilio/sms");
    }

    public static Response send(String from, String body) {
        return post(newSid(), from, body);
    }

    public static Map<String, String> form(String sid, String from, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("SmsSid", sid);
        form.put("AccountSid", config("twilio.account-sid"));
        form.put("From", from);
        form.put("To", config("twilio.from"));
        form.put("Body", body);
        form.put("NumMedia", "0");
        return form;
    }

    public static String signature(Map<String, String> form) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        form.forEach((name, value) -> params.put(name, List.of(value)));
        return TwilioSignature.sign(config("twilio.auth-token"), config("twilio.webhook-base-url") + "/twilio/sms", params);
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
