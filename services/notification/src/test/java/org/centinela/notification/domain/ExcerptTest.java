package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void wordsAreCutAtAWordsEndNearTheCutWithAnEllipsis() {
        assertThat(Excerpt.cut("me siguen dos hombres", 14)).isEqualTo("me siguen dos…");
        assertThat(Excerpt.cut("me siguen dos hombres", 12)).isEqualTo("me siguen…");
        assertThat(Excerpt.cut("mercadodeCobánmercadodeCobán", 10)).isEqualTo("mercadodeC…");
    }

    @Test
    void aTextNoLongerThanTheRoomStaysAsItIsAndNoRoomLeavesNothing() {
        assertThat(Excerpt.cut("auxilio", 7)).isEqualTo("auxilio");
        assertThat(Excerpt.cut("auxilio", 0)).isEmpty();
    }

    @Test
    void anEmojiIsNeverSplit() {
        String cut = Excerpt.cut("🙏🙏🙏🙏", 3);

        assertThat(cut).isEqualTo("🙏🙏🙏…");
        assertThat(cut.codePoints().filter(point -> point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE)).isEmpty();
    }

    @Test
    void herWordsGoOnOneLine() {
        assertThat(Excerpt.oneLine("  me siguen\n\ndos\thombres \r\n")).isEqualTo("me siguen dos hombres");
    }
}
