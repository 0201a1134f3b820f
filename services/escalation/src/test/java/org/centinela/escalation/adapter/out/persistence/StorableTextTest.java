package org.centinela.escalation.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void aNulBecomesTheReplacementCharacterAndEverythingElseStays() {
        assertThat(StorableText.of("me\u0000 siguen\u0000")).isEqualTo("me\ufffd siguen\ufffd");
        assertThat(StorableText.of("SOS mercado de Cobán \ud83d\ude4f")).isEqualTo("SOS mercado de Cobán \ud83d\ude4f");
        assertThat(StorableText.of(null)).isNull();
    }
}
