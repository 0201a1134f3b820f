package org.centinela.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscreetReplyTest {

    @ParameterizedTest
    @CsvSource({"es, Recibido.", "es-GT, Recibido.", "en, Received.", "EN-us, Received.", "quc, Recibido.", "'', Recibido."})
    void theReplyIsNeutralInHerLanguageAndSpanishOtherwise(String language, String reply) {
        assertThat(DiscreetReply.in(language)).isEqualTo(reply);
    }
}
