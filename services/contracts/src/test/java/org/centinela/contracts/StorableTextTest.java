package org.centinela.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void aNulIsLeftOut() {
        assertThat(StorableText.of("me\u0000 siguen\u0000")).isEqualTo("me siguen");
        assertThat(StorableText.of("\u0000")).isEmpty();
    }

    @Test
    void aLoneSurrogateIsReplacedAndAPairKept() {
        assertThat(StorableText.of("a\uD800b\uDC00c")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(StorableText.of("fin \uD83D")).isEqualTo("fin \uFFFD");
        assertThat(StorableText.of("\uDC00\uD800")).isEqualTo("\uFFFD\uFFFD");
        assertThat(StorableText.of("ayuda 😀\uD83D")).isEqualTo("ayuda 😀\uFFFD");
    }

    @Test
    void whatCanBeStoredIsKeptAsItIs() {
        String text = "¡Ayúda! \t\u0001 😀 zona 1";
        assertThat(StorableText.of(text)).isSameAs(text);
        assertThat(StorableText.of(null)).isNull();
    }
}
