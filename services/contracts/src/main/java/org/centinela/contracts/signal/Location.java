package org.centinela.contracts.signal;

/**
 * Where a defender was when she sent a signal. Personal data: it travels only on
 * {@code signals.received}, and {@link #toString()} withholds the coordinates.
 *
 * @param lat       latitude in degrees, -90..90
 * @param lon       longitude in degrees, -180..180
 * @param accuracyM radius of uncertainty in metres, at least 0; null when the device did not say
 */
public record Location(double lat, double lon, Double accuracyM) {

    public Location {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("lat must be -90..90");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("lon must be -180..180");
        }
        if (accuracyM != null && !(accuracyM >= 0 && accuracyM < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("accuracyM must be a finite number of metres, at least 0");
        }
    }

    @Override
    public String toString() {
        return "Location[withheld]";
    }
}
