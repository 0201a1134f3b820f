package org.centinela.notification.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.centinela.twilio.TwilioWebhookForm;
import org.junit.jupiter.api.Test;

class TwilioFormTest {

    @Test
    void readsEachFieldsFirstValueDecoded() {
        assertThat(TwilioForm.read("Body=Hola+Mar%C3%ADa&Digits=1&Digits=2&Flag&&").orElseThrow().fields())
                .isEqualTo(Map.of("Body", "Hola María", "Digits", "1", "Flag", ""));
    }

    @Test
    void anEmptyBodyHasNoFields() {
        assertThat(TwilioForm.read("").orElseThrow().fields()).isEmpty();
    }

    @Test
    void aPercentEncodingCutShortOrNotHexadecimalIsNoForm() {
        assertThat(TwilioForm.read("Body=%E0%A4%A")).isEmpty();
        assertThat(TwilioForm.read("Body=%")).isEmpty();
        assertThat(TwilioForm.read("Bo%ZZdy=x")).isEmpty();
    }

    @Test
    void aThousandFieldsAreReadAndOneMoreIsNoForm() {
        assertThat(TwilioForm.read(fields(TwilioWebhookForm.MAX_FIELDS)).orElseThrow().fields()).hasSize(TwilioWebhookForm.MAX_FIELDS);
        assertThat(TwilioForm.read(fields(TwilioWebhookForm.MAX_FIELDS + 1))).isEmpty();
    }

    @Test
    void aNulInANameOrAValueIsFoundButALoneSurrogateCannotBeSentAsBytes() {
        assertThat(TwilioForm.read("CallSid=CA%00").orElseThrow().carriesForbiddenCharacters()).isTrue();
        assertThat(TwilioForm.read("Call%00Sid=CA1").orElseThrow().carriesForbiddenCharacters()).isTrue();
        assertThat(TwilioForm.read("CallSid=CA%ED%A0%80").orElseThrow().carriesForbiddenCharacters()).isFalse();
        assertThat(new TwilioForm(Map.of("CallSid", "CA\ud800")).carriesForbiddenCharacters()).isTrue();
        assertThat(TwilioForm.read("CallSid=CA1&Body=%F0%9F%98%80").orElseThrow().carriesForbiddenCharacters()).isFalse();
    }

    private static String fields(int count) {
        return IntStream.range(0, count).mapToObj(i -> "f" + i + "=1").collect(Collectors.joining("&"));
    }
}
