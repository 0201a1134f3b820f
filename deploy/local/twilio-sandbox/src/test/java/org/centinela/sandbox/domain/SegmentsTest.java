package org.centinela.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.centinela.sandbox.domain.Segments.Encoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain Spanish without accents           | Alerta 4821: Marta necesita ayuda. Responde OK 4821 | GSM_7 | 1
            é, ñ and ¿ are in the GSM alphabet       | ¿José? Señora Pérez, alerta 4821                    | GSM_7 | 1
            one á makes the whole text UCS-2          | Alerta 4821: Marta está en peligro                  | UCS_2 | 1
            í, ó and ú too                            | Ayúdenme, aquí                                      | UCS_2 | 1
            """)
    void encodingFollowsTheGsmAlphabet(String why, String text, Encoding encoding, int count) {
        assertThat(Segments.of(text)).isEqualTo(new Segments(encoding, count));
    }

    @ParameterizedTest(name = "{0} characters of {1} → {2} segments")
    @CsvSource({
            "160, a, 1", "161, a, 2", "306, a, 2", "307, a, 3",
            "70, á, 1", "71, á, 2", "134, á, 2", "135, á, 3",
            "0, a, 1"})
    void segmentLimitsAre160And153ForGsmAnd70And67ForUcs2(int length, String character, int segments) {
        assertThat(Segments.of(character.repeat(length)).count()).isEqualTo(segments);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            80 euro signs take 160 septets  | €  | 80 | GSM_7 | 1
            81 euro signs take 162 septets  | €  | 81 | GSM_7 | 2
            an emoji counts as two UCS-2 units | 🆘 | 35 | UCS_2 | 1
            36 emoji need 72 units          | 🆘 | 36 | UCS_2 | 2
            """)
    void extensionCharactersAndEmojiCountDouble(String why, String character, int repeat, Encoding encoding, int count) {
        assertThat(Segments.of(character.repeat(repeat))).isEqualTo(new Segments(encoding, count));
    }
}
