package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.centinela.console.adapter.in.web.ModelLines.BadLine;
import org.centinela.console.domain.risk.HotZone;
import org.centinela.console.domain.risk.Lexicon;
import org.centinela.console.domain.risk.LexiconEntry;
import org.junit.jupiter.api.Test;

class ModelLinesTest {

    @Test
    void aLexiconIsWrittenOneEntryALineAndReadBackTheSame() {
        Lexicon lexicon = new Lexicon(List.of(new LexiconEntry("amenaza de muerte", 30), new LexiconEntry("arma", 15)));

        String written = ModelLines.written(lexicon);

        assertThat(written).isEqualTo("amenaza de muerte = 30\narma = 15");
        assertThat(ModelLines.lexicon(written).entries()).isEqualTo(lexicon.entries());
    }

    @Test
    void lexiconLinesSkipBlankLinesAndTakeThePhraseUpToTheLastEquals() {
        ModelLines.Read<LexiconEntry> read = ModelLines.lexicon("  hombres armados =25 \r\n\r\n a=b = 5\n");

        assertThat(read.readable()).isTrue();
        assertThat(read.entries()).containsExactly(new LexiconEntry("hombres armados", 25), new LexiconEntry("a=b", 5));
    }

    @Test
    void aLexiconLineWithoutEqualsPhraseOrWholeNumberIsReportedByItsLine() {
        ModelLines.Read<LexiconEntry> read = ModelLines.lexicon("arma = 15\namenaza 30\n\n= 4\ndisparo = mucho\nbala = 2.5");

        assertThat(read.readable()).isFalse();
        assertThat(read.bad()).containsExactly(new BadLine(2, "risk.error.lexiconLine"),
                new BadLine(4, "risk.error.lexiconLine"), new BadLine(5, "risk.error.lexiconWeight"),
                new BadLine(6, "risk.error.lexiconWeight"));
        assertThat(read.entries()).containsExactly(new LexiconEntry("arma", 15));
    }

    @Test
    void hotZonesAreWrittenOneALineTheirWeightOnlyWhenTheyHaveOne() {
        List<HotZone> zones = List.of(new HotZone("zona-norte", "Zona norte", 14.6349, -90.5069, 5000, 20),
                new HotZone("finca", "La finca", 15.0, -91.25, 800, null));

        String written = ModelLines.written(zones);

        assertThat(written).isEqualTo("zona-norte; Zona norte; 14.6349; -90.5069; 5000; 20\nfinca; La finca; 15; -91.25; 800");
        assertThat(ModelLines.hotZones(written).entries()).isEqualTo(zones);
    }

    @Test
    void aHotZoneLineWithAnEmptyWeightTakesTheModelsWeight() {
        assertThat(ModelLines.hotZones("finca ;La finca;15;-91.25;800; ").entries())
                .containsExactly(new HotZone("finca", "La finca", 15.0, -91.25, 800, null));
    }

    @Test
    void aHotZoneLineWithTooFewPartsOrNoNumbersIsReportedByItsLine() {
        ModelLines.Read<HotZone> read = ModelLines.hotZones(String.join("\n", "finca; La finca; 15; -91.25; 800",
                "norte; 14.6; -90.5; 5000", "", "norte; Norte; 14,6; -90.5; 5000", "sur; Sur; 14; -90; 1km",
                "este; Este; 14; -90; 100; alto", "; Sin id; 14; -90; 100", "oeste; Oeste; NaN; -90; 100"));

        assertThat(read.bad()).containsExactly(new BadLine(2, "risk.error.zoneLine"),
                new BadLine(4, "risk.error.zoneNumber"), new BadLine(5, "risk.error.zoneNumber"),
                new BadLine(6, "risk.error.zoneNumber"), new BadLine(7, "risk.error.zoneLine"),
                new BadLine(8, "risk.error.zoneNumber"));
        assertThat(read.entries()).extracting(HotZone::id).containsExactly("finca");
    }

    @Test
    void theLineOfAnEntryCountsTheBlankLinesSkippedBeforeIt() {
        String text = "arma = 15\n\namenaza = 30\n\n\nbala = 5";

        assertThat(ModelLines.lineOf(text, 0)).isEqualTo(1);
        assertThat(ModelLines.lineOf(text, 1)).isEqualTo(3);
        assertThat(ModelLines.lineOf(text, 2)).isEqualTo(6);
        assertThat(ModelLines.lineOf(text, 7)).isEqualTo(8);
    }
}
