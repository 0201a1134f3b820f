package org.centinela.notification.domain;

import java.util.Locale;
import org.centinela.contracts.signal.Location;

/**
 * A place as people open it: its coordinates to five decimals (about a metre) and the OpenStreetMap page centred
 * on it, {@code https://www.openstreetmap.org/?mlat=LAT&mlon=LON#map=17/LAT/LON}.
 */
public final class MapLink {

    private MapLink() {
    }

    /** {@code 15.47090,-90.37070}. */
    public static String coordinates(Location location) {
        return degrees(location.lat()) + "," + degrees(location.lon());
    }

    public static String of(Location location) {
        String lat = degrees(location.lat());
        String lon = degrees(location.lon());
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
    }

    private static String degrees(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }
}
