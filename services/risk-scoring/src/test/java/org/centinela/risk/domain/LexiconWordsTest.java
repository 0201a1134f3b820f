package org.centinela.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "¡AMENAZA!                          | amenaza",
        "Policía, ¿dónde?                   | policia donde",
        "  me   siguen...  hombres-armados  | me siguen hombres armados",
        "don't                              | dont",
        "men’s                              | mens",
        "K'iche'                            | kiche",
        "ＳＯＳ ａｙｕｄａ                    | sos ayuda",
        "niño Ñandú                         | nino nandu",
        "ayuda🚨ya                          | ayuda ya",
        "BIEN4821                           | bien4821",
        "ﬁn                                 | fin",
        "Straße                             | straße",
        "Ǆ                                  | dz"
    })
    void textIsCutIntoFoldedWords(String text, String expected) {
        assertThat(String.join(" ", Words.split(text))).isEqualTo(expected);
    }

    @Test
    void marksAndInvisibleCharactersAreDroppedNotSeparators() {
        assertThat(Words.split("ame\u200Bnaza")).containsExactly("amenaza");
        assertThat(Words.split("amenazo\u0301")).containsExactly("amenazo");
        assertThat(Words.split("dete\u0301nida")).containsExactly("detenida");
    }

    @Test
    void lettersThatUnfoldIntoSeveralLettersMakeRoomForTheRest() {
        String text = "ﬁ".repeat(40) + "x".repeat(100) + " ﬃ ǅ" + "y".repeat(30);

        assertThat(Words.split(text)).containsExactly("fi".repeat(40) + "x".repeat(100), "ffi", "dz" + "y".repeat(30));
    }

    @Test
    void noTextHasNoWords() {
        assertThat(Words.split(null)).isEmpty();
        assertThat(Words.split("")).isEmpty();
        assertThat(Words.split(" \t\n ¡¿?! 🚨 ")).isEmpty();
    }
}
