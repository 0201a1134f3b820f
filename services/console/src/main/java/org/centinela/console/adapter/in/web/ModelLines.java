package org.centinela.console.adapter.in.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.centinela.console.domain.risk.HotZone;
import org.centinela.console.domain.risk.Lexicon;
import org.centinela.console.domain.risk.LexiconEntry;

/**
 * The lines operators write a lexicon and the hot zones in, one entry a line: {@code phrase = weight}, and
 * {@code id; name; lat; lon; radiusMetres; weight} with the weight optional. Blank lines are skipped; a line
 * the console cannot read is reported by its number in the text, counting from 1.
 */
final class ModelLines {

    private ModelLines() {
    }

    /** What the lines said: the entries read, in order, and the lines that could not be read. */
    record Read<T>(List<T> entries, List<BadLine> bad) {
        Read {
            entries = List.copyOf(entries);
            bad = List.copyOf(bad);
        }

        boolean readable() {
            return bad.isEmpty();
        }
    }

    /** A line that could not be read: its number (from 1) and the text key of what is wrong with it. */
    record BadLine(int number, String problem) {
    }

    static String written(Lexicon lexicon) {
        return lexicon.entries().stream().map(entry -> entry.phrase() + " = " + entry.weight())
                .collect(Collectors.joining("\n"));
    }

    static String written(List<HotZone> zones) {
        return zones.stream().map(zone -> String.join("; ", zone.id(), zone.name(), decimal(zone.lat()),
                decimal(zone.lon()), String.valueOf(zone.radiusMetres()))
                + (zone.weight() == null ? "" : "; " + zone.weight())).collect(Collectors.joining("\n"));
    }

    /** A lexicon's lines, each {@code phrase = weight}; the phrase is what comes before the last "=". */
    static Read<LexiconEntry> lexicon(String text) {
        List<LexiconEntry> entries = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.lastIndexOf('=');
            String phrase = equals < 0 ? "" : line.substring(0, equals).strip();
            if (phrase.isEmpty()) {
                bad.add(new BadLine(i + 1, "risk.error.lexiconLine"));
                continue;
            }
            Integer weight = whole(line.substring(equals + 1));
            if (weight == null) {
                bad.add(new BadLine(i + 1, "risk.error.lexiconWeight"));
            } else {
                entries.add(new LexiconEntry(phrase, weight));
            }
        }
        return new Read<>(entries, bad);
    }

    /** The hot zones' lines, each {@code id; name; lat; lon; radiusMetres} and, if she gives one, {@code ; weight}. */
    static Read<HotZone> hotZones(String text) {
        List<HotZone> zones = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = lines[i].split(";", -1);
            for (int p = 0; p < parts.length; p++) {
                parts[p] = parts[p].strip();
            }
            boolean weighted = parts.length == 6 && !parts[5].isEmpty();
            if ((parts.length != 5 && parts.length != 6) || parts[0].isEmpty() || parts[1].isEmpty()) {
                bad.add(new BadLine(i + 1, "risk.error.zoneLine"));
                continue;
            }
            Double lat = decimal(parts[2]);
            Double lon = decimal(parts[3]);
            Integer radius = whole(parts[4]);
            Integer weight = weighted ? whole(parts[5]) : null;
            if (lat == null || lon == null || radius == null || (weighted && weight == null)) {
                bad.add(new BadLine(i + 1, "risk.error.zoneNumber"));
            } else {
                zones.add(new HotZone(parts[0], parts[1], lat, lon, radius, weight));
            }
        }
        return new Read<>(zones, bad);
    }

    /**
     * The number (from 1) of the line of {@code text} the {@code index}-th entry (from 0) was read from, blank
     * lines skipped as when it was read; past the last entry, as if no line were blank.
     */
    static int lineOf(String text, int index) {
        String[] lines = lines(text);
        int seen = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && ++seen == index) {
                return i + 1;
            }
        }
        return index + 1;
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\\R", -1);
    }

    private static Integer whole(String typed) {
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double decimal(String typed) {
        try {
            double value = Double.parseDouble(typed.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
