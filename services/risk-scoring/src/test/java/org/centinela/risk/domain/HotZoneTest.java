package org.centinela.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.centinela.contracts.signal.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HotZoneTest {

    /** One degree of a great circle on the model's Earth, in metres. */
    private static final double DEGREE = HotZone.EARTH_RADIUS_METRES * Math.PI / 180;

    @ParameterizedTest(name = "({0}, {1}) → ({2}, {3})")
    @CsvSource({
        "0, 0, 1, 0",
        "0, 0, 0, 1",
        "0, 0, 0, -1",
        "45, 10, 46, 10",
        "-33, -70, -34, -70"
    })
    void oneDegreeAlongTheEquatorOrAMeridianIsOneDegreeOfTheGreatCircle(double lat1, double lon1, double lat2,
            double lon2) {
        assertThat(HotZone.distanceMetres(lat1, lon1, lat2, lon2)).isCloseTo(DEGREE, within(1e-6));
    }

    @Test
    void distancesBetweenCitiesAreWhatTheMapSays() {
        // Guatemala City – San Salvador: about 180 km as the crow flies.
        assertThat(HotZone.distanceMetres(14.6349, -90.5069, 13.6929, -89.2182)).isBetween(170_000.0, 180_000.0);
        // Tegucigalpa – Managua: about 230 km.
        assertThat(HotZone.distanceMetres(14.0723, -87.1921, 12.1150, -86.2362)).isBetween(230_000.0, 245_000.0);
    }

    @Test
    void theDistanceIsSymmetricAndZeroAtTheCentre() {
        HotZone zone = new HotZone("z", "Z", 14.6, -90.5, 100);

        assertThat(zone.distanceMetres(new Location(14.6, -90.5, null))).isZero();
        assertThat(HotZone.distanceMetres(14.6, -90.5, 15.1, -89.9))
                .isEqualTo(HotZone.distanceMetres(15.1, -89.9, 14.6, -90.5));
    }

    @Test
    void aZoneAcrossTheAntimeridianHoldsPointsOnBothSides() {
        HotZone zone = new HotZone("fiji", "Fiji", -17.0, 179.999, 1000);

        assertThat(zone.contains(new Location(-17.0, -179.999, null))).as("about 213 m east").isTrue();
        assertThat(zone.contains(new Location(-17.0, 179.98, null))).as("about 2 km west").isFalse();
    }

    @Test
    void nearAPoleEveryLongitudeIsClose() {
        HotZone zone = new HotZone("polo", "Polo", 90, 0, 1000);

        assertThat(zone.contains(new Location(89.995, 135, null))).as("556 m from the pole").isTrue();
        assertThat(zone.contains(new Location(89.99, -45, null))).as("1.1 km from the pole").isFalse();
    }

    @ParameterizedTest(name = "{0} m east at latitude {1}: inside {2}")
    @CsvSource({"0, 14.65, true", "499, 14.65, true", "501, 14.65, false", "499, -60, true", "501, -60, false"})
    void insideMeansAtMostTheRadiusAwayInAnyDirection(double metres, double lat, boolean inside) {
        HotZone zone = new HotZone("z", "Z", lat, -90.5, 500);
        // Along a parallel the great-circle distance is a little shorter than the arc of the parallel: aim with
        // the exact inverse of haversine for a point due east.
        double angle = metres / HotZone.EARTH_RADIUS_METRES;
        double phi = Math.toRadians(lat);
        double deltaLambda = 2 * Math.asin(Math.sin(angle / 2) / Math.cos(phi));
        Location location = new Location(lat, -90.5 + Math.toDegrees(deltaLambda), null);

        assertThat(zone.distanceMetres(location)).isCloseTo(metres, within(1e-3));
        assertThat(zone.contains(location)).isEqualTo(inside);
    }

    @Test
    void theWeightIsItsOwnOrTheDefault() {
        assertThat(new HotZone("a", "A", 0, 0, 10).weightOr(15)).isEqualTo(15);
        assertThat(new HotZone("a", "A", 0.0, 0.0, 10, 0).weightOr(15)).isZero();
        assertThat(new HotZone("a", "A", 0.0, 0.0, 10, 40).weightOr(15)).isEqualTo(40);
    }
}
