package org.centinela.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A small picture of her places, to be drawn as inline SVG without map tiles or any outside resource: each place
 * a numbered dot (the latest marked) with its circle of accuracy, a line through them in the order she sent them,
 * north up and a scale bar. Positions are in pixels of a {@value #WIDTH} × {@value #HEIGHT} box.
 *
 * @param dots       the places, in the order of the list beside the picture
 * @param line       the SVG {@code points} of the line through them
 * @param scaleWidth the scale bar's length in pixels
 * @param scaleLabel what it measures, {@code 200 m} or {@code 2 km}
 */
public record BriefSketch(List<Dot> dots, String line, double scaleWidth, String scaleLabel) {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 200;
    private static final int MARGIN = 24;
    /** The least span shown, in metres, so that one place or places close together keep a sense of distance. */
    private static final double MIN_SPAN_M = 200;
    /** Accuracy circles are drawn up to this radius; a coarser fix does not shrink the rest to a point. */
    private static final double MAX_ACCURACY_DRAWN_M = 2_000;
    private static final double METRES_PER_DEGREE_LAT = 110_540;
    private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;
    private static final long[] NICE = {1, 2, 5};

    /**
     * One place: where it is drawn, the radius of its accuracy circle (0 when the device did not say), its number in
     * the list and whether it is the latest.
     */
    public record Dot(int number, double x, double y, double accuracyRadius, boolean latest) {
    }

    /** A place to draw: degrees, and metres of accuracy (null when unknown). */
    public record Point(int number, double lat, double lon, Double accuracyM, boolean latest) {
    }

    public BriefSketch {
        dots = List.copyOf(Objects.requireNonNull(dots, "dots must not be null"));
        if (dots.isEmpty()) {
            throw new IllegalArgumentException("a sketch needs at least one place");
        }
    }

    /** The sketch of {@code points} (at least one). */
    public static BriefSketch of(List<Point> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a sketch needs at least one place");
        }
        double meanLat = points.stream().mapToDouble(Point::lat).average().orElseThrow();
        double perDegreeLon = METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(meanLat));
        double west = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        double south = Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        for (Point point : points) {
            double x = point.lon() * perDegreeLon;
            double y = point.lat() * METRES_PER_DEGREE_LAT;
            double accuracy = drawn(point.accuracyM());
            west = Math.min(west, x - accuracy);
            east = Math.max(east, x + accuracy);
            south = Math.min(south, y - accuracy);
            north = Math.max(north, y + accuracy);
        }
        double spanX = Math.max(east - west, MIN_SPAN_M);
        double spanY = Math.max(north - south, MIN_SPAN_M);
        double scale = Math.min((WIDTH - 2.0 * MARGIN) / spanX, (HEIGHT - 2.0 * MARGIN) / spanY);
        double centreX = (west + east) / 2;
        double centreY = (south + north) / 2;
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Point point : points) {
            double x = round(WIDTH / 2.0 + (point.lon() * perDegreeLon - centreX) * scale);
            double y = round(HEIGHT / 2.0 - (point.lat() * METRES_PER_DEGREE_LAT - centreY) * scale);
            dots.add(new Dot(point.number(), x, y, round(drawn(point.accuracyM()) * scale), point.latest()));
            line.append(line.length() == 0 ? "" : " ").append(number(x)).append(',').append(number(y));
        }
        long metres = niceBelow((WIDTH - 2.0 * MARGIN) / 3 / scale);
        return new BriefSketch(dots, line.toString(), round(metres * scale),
                metres >= 1_000 ? metres / 1_000 + " km" : metres + " m");
    }

    /** The largest 1, 2 or 5 × 10ⁿ metres not above {@code metres} (at least 1). */
    private static long niceBelow(double metres) {
        long best = 1;
        for (long power = 1; power <= 10_000_000; power *= 10) {
            for (long step : NICE) {
                if (step * power <= metres) {
                    best = step * power;
                }
            }
        }
        return best;
    }

    private static double drawn(Double accuracyM) {
        return accuracyM == null ? 0 : Math.min(accuracyM, MAX_ACCURACY_DRAWN_M);
    }

    private static double round(double pixels) {
        return Math.round(pixels * 10) / 10.0;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public String toString() {
        return "BriefSketch[" + dots.size() + " places]";
    }
}
