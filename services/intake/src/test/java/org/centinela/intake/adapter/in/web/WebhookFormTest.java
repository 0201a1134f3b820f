package org.centinela.intake.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.centinela.twilio.TwilioWebhookForm;
import org.junit.jupiter.api.Test;

class WebhookFormTest {

    private static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE;

    @Test
    void fieldsAreDecodedInUtf8UnlessTheContentTypeNamesAnotherCharset() {
        assertThat(WebhookForm.parse("Body=%C2%A1Ay%C3%BAda%21+ya&From=%2B502", FORM))
                .contains(Map.of("Body", "¡Ayúda! ya", "From", "+502"));
        assertThat(WebhookForm.parse("Body=ayud%E1", FORM.withCharset("ISO-8859-1")))
                .contains(Map.of("Body", "ayudá"));
    }

    @Test
    void aNameSentTwiceKeepsItsFirstValueAndANameAloneIsEmpty() {
        assertThat(WebhookForm.parse("Body=uno&Body=dos&NumMedia", FORM)).contains(Map.of("Body", "uno", "NumMedia", ""));
        assertThat(WebhookForm.parse("", FORM)).contains(Map.of());
    }

    @Test
    void aMalformedFormIsNone() {
        assertThat(WebhookForm.parse("Body=%E0%A4%A", FORM)).isEmpty();
        assertThat(WebhookForm.parse("Body=%ZZ", FORM)).isEmpty();
        assertThat(WebhookForm.parse("a=1&".repeat(TwilioWebhookForm.MAX_FIELDS + 1), FORM)).isEmpty();
        assertThat(WebhookForm.parse("Body=x", FORM.withCharset("no-such-charset"))).isEmpty();
    }
}
