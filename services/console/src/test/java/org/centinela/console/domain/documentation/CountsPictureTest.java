package org.centinela.console.domain.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.console.domain.documentation.Records.report;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountsPictureTest {

    @Test
    void oneBarAMonthLeftToRightAsTallAsItsCountAgainstTheHighest() {
        CountsPicture picture = CountsPicture.of(MonthlyCounts.of(List.of(
                report("2026-01-05T08:00:00Z", "THREAT", null),
                report("2026-01-06T08:00:00Z", "THREAT", null),
                report("2026-01-07T08:00:00Z", "THREAT", null),
                report("2026-01-08T08:00:00Z", "THREAT", null),
                report("2026-03-01T08:00:00Z", "RAID", null),
                report("2026-03-02T08:00:00Z", "RAID", null))));

        List<CountsPicture.Bar> bars = picture.bars();
        assertThat(bars).extracting(CountsPicture.Bar::label).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(bars).extracting(CountsPicture.Bar::count).containsExactly(4, 0, 2);
        assertThat(bars.get(0).x()).isLessThan(bars.get(1).x());
        assertThat(bars.get(1).x()).isLessThan(bars.get(2).x());
        assertThat(bars.get(0).height()).isEqualTo(2 * bars.get(2).height());
        assertThat(bars.get(1).height()).isZero();
        assertThat(bars).allSatisfy(b -> assertThat(b.y() + b.height()).isEqualTo(b.baseline()));
        assertThat(bars.get(2).x() + bars.get(2).width()).isLessThanOrEqualTo(CountsPicture.WIDTH);
        assertThat(bars.get(0).y()).isEqualTo(picture.grid().get(picture.grid().size() - 1).y());
    }

    @Test
    void gridlinesReadRoundNumbersUpToTheTop() {
        assertThat(CountsPicture.niceTop(3)).isEqualTo(3);
        assertThat(CountsPicture.niceTop(7)).isEqualTo(10);
        assertThat(CountsPicture.niceTop(37)).isEqualTo(40);
        assertThat(CountsPicture.niceTop(41)).isEqualTo(50);
        assertThat(CountsPicture.niceTop(120)).isEqualTo(200);
        assertThat(CountsPicture.of(MonthlyCounts.of(List.of(report("2026-01-05T08:00:00Z", null, null))))
                .grid()).extracting(CountsPicture.GridLine::value).containsExactly(0, 1);
    }
}
