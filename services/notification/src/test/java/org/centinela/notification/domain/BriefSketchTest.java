package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BriefSketchTest {

    @Test
    void onePlaceIsDrawnInTheMiddleWithItsAccuracyAndAScaleOfAtLeastAFewHundredMetres() {
        BriefSketch sketch = BriefSketch.of(List.of(new BriefSketch.Point(1, 15.4709, -90.3707, 12.0, true)));

        BriefSketch.Dot dot = sketch.dots().get(0);
        assertThat(dot.x()).isEqualTo(BriefSketch.WIDTH / 2.0);
        assertThat(dot.y()).isEqualTo(BriefSketch.HEIGHT / 2.0);
        assertThat(dot.accuracyRadius()).isGreaterThan(0).isLessThan(20);
        assertThat(dot.latest()).isTrue();
        assertThat(sketch.scaleLabel()).isEqualTo("100 m");
        assertThat(sketch.scaleWidth()).isGreaterThan(20).isLessThan((BriefSketch.WIDTH - 48) / 3.0);
    }

    @Test
    void placesKeepTheirBearingsNorthUpAndStayInsideThePicture() {
        BriefSketch sketch = BriefSketch.of(List.of(
                new BriefSketch.Point(1, 15.4709, -90.3707, 12.0, false),
                new BriefSketch.Point(2, 15.4731, -90.3682, null, false),
                new BriefSketch.Point(3, 15.4600, -90.3800, 3_000.0, true)));

        BriefSketch.Dot market = sketch.dots().get(0);
        BriefSketch.Dot northEast = sketch.dots().get(1);
        BriefSketch.Dot southWest = sketch.dots().get(2);
        assertThat(northEast.x()).isGreaterThan(market.x());
        assertThat(northEast.y()).isLessThan(market.y());
        assertThat(southWest.x()).isLessThan(market.x());
        assertThat(southWest.y()).isGreaterThan(market.y());
        assertThat(northEast.accuracyRadius()).isZero();
        for (BriefSketch.Dot dot : sketch.dots()) {
            assertThat(dot.x()).isBetween(0.0, (double) BriefSketch.WIDTH);
            assertThat(dot.y()).isBetween(0.0, (double) BriefSketch.HEIGHT);
        }
        assertThat(sketch.line()).matches("[0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+");
        assertThat(sketch.scaleLabel()).isEqualTo("2 km");
        assertThat(sketch.toString()).doesNotContain("15.47");
    }
}
