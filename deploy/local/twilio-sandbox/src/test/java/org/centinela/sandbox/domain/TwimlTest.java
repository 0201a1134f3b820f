package org.centinela.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TwimlTest {

    @Test
    void aVoiceScriptSaysItsSentencesInOrderAndWaitsForItsGather() {
        CallScript script = Twiml.voice("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Response>
                  <Gather action="/twilio/voice/gather?alert=4821" numDigits="1" timeout="8">
                    <Say language="es-MX">Alerta para Marta.</Say>
                    <Say language="es-MX">Presione 1 si puede ayudar, 2 si no puede.</Say>
                  </Gather>
                  <Say language="es-MX">No recibimos respuesta.</Say>
                  <Hangup/>
                </Response>""");

        assertThat(script.say()).containsExactly("Alerta para Marta.", "Presione 1 si puede ayudar, 2 si no puede.",
                "No recibimos respuesta.");
        assertThat(script.gather()).isEqualTo(new CallScript.Gather("/twilio/voice/gather?alert=4821", 1));
    }

    @Test
    void withoutAGatherNothingIsAwaited() {
        assertThat(Twiml.voice("<Response><Say>Gracias.</Say></Response>").gather()).isNull();
    }

    @Test
    void smsRepliesAreTheTextsOfItsMessages() {
        assertThat(Twiml.replies("<Response><Message>Recibido.</Message><Message><Body>Gracias</Body></Message></Response>"))
                .containsExactly("Recibido.", "Gracias");
        assertThat(Twiml.replies("<Response/>")).isEmpty();
        assertThat(Twiml.replies("")).isEmpty();
    }

    @Test
    void whatIsNotTwimlIsRefused() {
        assertThatThrownBy(() -> Twiml.voice("<Say>hola</Say>")).isInstanceOf(Twiml.InvalidTwimlException.class)
                .hasMessageContaining("<Response>");
        assertThatThrownBy(() -> Twiml.voice("not xml")).isInstanceOf(Twiml.InvalidTwimlException.class);
    }

    @Test
    void externalEntitiesAreNeverRead() {
        assertThatThrownBy(() -> Twiml.voice("""
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Response><Say>&x;</Say></Response>""")).isInstanceOf(Twiml.InvalidTwimlException.class);
    }
}
