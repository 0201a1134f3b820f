package org.centinela.risk.domain;

import static org.centinela.risk.domain.ModelRules.present;
import static org.centinela.risk.domain.ModelRules.text;
import static org.centinela.risk.domain.ModelRules.within;

import java.util.regex.Pattern;
import org.centinela.contracts.signal.Location;

/**
 * A circle on the map that operators know to be dangerous (a contested territory, a neighbourhood
 * where defenders were attacked): a signal sent from inside it scores higher.
 *
 * <p>Inside means a great-circle (haversine) distance from the centre of at most the radius, edge
 * included, on a sphere of the Earth's mean radius; the location's own accuracy is not taken into
 * account.
 *
 * @param id           stable name of the zone in factor codes ({@code zone.<id>}): 1 to 40 lowercase
 *                     letters, digits and dashes, starting with a letter or a digit
 * @param name         how operators call it, shown in explanations; at most {@value #MAX_NAME_LENGTH} characters
 * @param lat          latitude of the centre, -90..90 (required: a zone left at 0, 0 would guard nobody)
 * @param lon          longitude of the centre, -180..180 (required)
 * @param radiusMetres 1..{@value #MAX_RADIUS_METRES} (required)
 * @param weight       points it adds, 0..100; null for the model's {@link Weights#hotZone() default}
 */
public record HotZone(String id, String name, Double lat, Double lon, Integer radiusMetres, Integer weight) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_RADIUS_METRES = 200_000;
    /** Mean radius of the Earth (IUGG), in metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public HotZone {
        present(id, "hotZone.id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidRiskModelException("hotZone.id",
                    "must be 1 to 40 lowercase letters, digits and dashes, starting with a letter or a digit, was '"
                            + id + "'", "not-a-zone-id", id);
        }
        String zone = "hotZone '" + id + "'";
        text(name, MAX_NAME_LENGTH, zone + " name");
        within(present(lat, zone + " lat"), -90, 90, zone + " lat");
        within(present(lon, zone + " lon"), -180, 180, zone + " lon");
        within(present(radiusMetres, zone + " radiusMetres"), 1, MAX_RADIUS_METRES, zone + " radiusMetres");
        if (weight != null) {
            ModelRules.weight(weight, zone + " weight");
        }
    }

    /** A zone that adds the model's default hot zone weight. */
    public HotZone(String id, String name, double lat, double lon, int radiusMetres) {
        this(id, name, lat, lon, radiusMetres, null);
    }

    /** Great-circle distance from the centre to {@code location}, in metres. */
    public double distanceMetres(Location location) {
        return distanceMetres(lat, lon, location.lat(), location.lon());
    }

    /** Whether {@code location} lies inside the circle, edge included. */
    public boolean contains(Location location) {
        return distanceMetres(location) <= radiusMetres;
    }

    /** What the zone adds: its own weight, or {@code defaultWeight} when it has none. */
    public int weightOr(int defaultWeight) {
        return weight == null ? defaultWeight : weight;
    }

    /** The haversine distance between two points given in degrees, in metres. */
    static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDeltaLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinHalfDeltaPhi * sinHalfDeltaPhi
                + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
