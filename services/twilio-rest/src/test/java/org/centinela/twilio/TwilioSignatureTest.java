package org.centinela.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sandbox's own signature agrees with the SDK's validator, which the services use. */
class TwilioSignatureTest {

    private static final String TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

    @Test
    void theSdksValidatorAcceptsTheSignatureOfTwiliosDocumentedExample() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("To", List.of("+18005551212"));
        params.put("CallSid", List.of("CA1234567890ABCDE"));
        params.put("Digits", List.of("1234"));
        params.put("From", List.of("+14158675310"));
        params.put("Caller", List.of("+14158675310"));

        String signature = TwilioSignature.sign(TOKEN, URL, params);

        Map<String, String> single = new LinkedHashMap<>();
        params.forEach((name, values) -> single.put(name, values.get(0)));
        assertThat(new RequestValidator(TOKEN).validate(URL, single, signature)).isTrue();
        assertThat(signature).isEqualTo("GvWf1cFY/Q7PnoempGyD5oXAezc=");
    }

    @Test
    void anyChangeToUrlParamsOrTokenBreaksIt() {
        Map<String, List<String>> params = Map.of("Body", List.of("SOS"), "From", List.of("+50255510009"));
        String signature = TwilioSignature.sign(TOKEN, URL, params);

        assertThat(TwilioSignature.sign(TOKEN, URL + "&baz=3", params)).isNotEqualTo(signature);
        assertThat(TwilioSignature.sign(TOKEN, URL, Map.of("Body", List.of("OK"), "From", List.of("+50255510009"))))
                .isNotEqualTo(signature);
        assertThat(TwilioSignature.sign("54321", URL, params)).isNotEqualTo(signature);
    }
}
