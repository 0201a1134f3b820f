package org.centinela.console.domain.documentation;

import java.util.ArrayList;
import java.util.List;

/**
 * Monthly counts as a bar chart: one bar a month, left to right, as tall as its count against the highest month;
 * a few gridlines with their counts on the left. Coordinates are in the SVG's own units ({@link #WIDTH} wide), so
 * the page only draws what is computed here.
 */
public record CountsPicture(int width, int height, List<Bar> bars, List<GridLine> grid) {

    public static final int WIDTH = 960;
    public static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final int GAP = 4;

    public CountsPicture {
        bars = List.copyOf(bars);
        grid = List.copyOf(grid);
    }

    public static CountsPicture of(MonthlyCounts counts) {
        List<MonthlyCounts.Month> months = counts.months();
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plotHeight;
        int top = Math.max(1, niceTop(counts.highest()));
        double slot = months.isEmpty() ? 0 : (double) (WIDTH - LEFT - RIGHT) / months.size();
        int labelEvery = Math.max(1, (int) Math.ceil(months.size() / 24.0));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            MonthlyCounts.Month month = months.get(i);
            int x = LEFT + (int) Math.round(i * slot) + GAP / 2;
            int width = Math.max(1, (int) Math.round(slot) - GAP);
            int height = (int) Math.round((double) month.total() / top * plotHeight);
            bars.add(new Bar(x, baseline - height, width, height, month.label(), month.total(), baseline,
                    i % labelEvery == 0));
        }
        List<GridLine> grid = new ArrayList<>();
        int step = Math.max(1, top / 4);
        for (int value = 0; value <= top; value += step) {
            grid.add(new GridLine(LEFT, WIDTH - RIGHT, baseline - (int) Math.round((double) value / top * plotHeight),
                    value));
        }
        return new CountsPicture(WIDTH, HEIGHT, bars, grid);
    }

    /** The smallest of 1, 2, 4, 5 or 10 times a power of ten at or above {@code highest}, so gridlines read round. */
    static int niceTop(int highest) {
        if (highest <= 4) {
            return Math.max(1, highest);
        }
        int power = 1;
        while (power * 10 < highest) {
            power *= 10;
        }
        for (int factor : new int[] {1, 2, 4, 5, 10}) {
            if (power * factor >= highest) {
                return power * factor;
            }
        }
        return power * 10;
    }

    /** One month's bar; its label under the baseline is shown when {@code labelled} (every month, or every few). */
    public record Bar(int x, int y, int width, int height, String label, int count, int baseline, boolean labelled) {
        public int labelX() {
            return x + width / 2;
        }

        public int labelY() {
            return baseline + 16;
        }
    }

    /** A horizontal line at {@code value}, its number left of the plot. */
    public record GridLine(int fromX, int toX, int y, int value) {
        public int labelX() {
            return fromX - 6;
        }

        public int labelY() {
            return y + 4;
        }
    }
}
