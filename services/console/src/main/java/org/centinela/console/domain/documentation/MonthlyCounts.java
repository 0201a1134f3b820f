package org.centinela.console.domain.documentation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.centinela.contracts.signal.ViolenceType;

/**
 * Records counted per month, oldest first, and within each month per violence type. Every month from the first to
 * the last record has a row, a month without any with zeros, so that time reads evenly. The columns are the
 * violence types the records have, in the contract's order, then {@link #NONE} if some record has none.
 */
public record MonthlyCounts(List<String> columns, List<Month> months) {

    /** The column of records without a violence type (an SOS, or a report that did not say). */
    public static final String NONE = "NONE";

    public MonthlyCounts {
        columns = List.copyOf(columns);
        months = List.copyOf(months);
    }

    public static MonthlyCounts of(List<DocumentedRecord> records) {
        List<String> columns = new ArrayList<>();
        for (ViolenceType type : ViolenceType.values()) {
            if (records.stream().anyMatch(r -> type.name().equals(r.violenceType()))) {
                columns.add(type.name());
            }
        }
        if (records.stream().anyMatch(r -> r.violenceType() == null)) {
            columns.add(NONE);
        }
        TreeMap<YearMonth, List<DocumentedRecord>> byMonth = new TreeMap<>();
        for (DocumentedRecord r : records) {
            byMonth.computeIfAbsent(r.month(), m -> new ArrayList<>()).add(r);
        }
        List<Month> months = new ArrayList<>();
        if (!byMonth.isEmpty()) {
            for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()); m = m.plusMonths(1)) {
                List<DocumentedRecord> in = byMonth.getOrDefault(m, List.of());
                List<Integer> counts = new ArrayList<>();
                for (String column : columns) {
                    counts.add((int) in.stream().filter(r -> column.equals(columnOf(r))).count());
                }
                months.add(new Month(m, in.size(), counts));
            }
        }
        return new MonthlyCounts(columns, months);
    }

    public boolean isEmpty() {
        return months.isEmpty();
    }

    public int total() {
        return months.stream().mapToInt(Month::total).sum();
    }

    /** The most any month counts, 0 when there are none. */
    public int highest() {
        return months.stream().mapToInt(Month::total).max().orElse(0);
    }

    /** Each column's count over every month, in the order of {@link #columns()}. */
    public List<Integer> columnTotals() {
        List<Integer> totals = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            totals.add(months.stream().mapToInt(m -> m.counts().get(column)).sum());
        }
        return totals;
    }

    /** The count of one month in one column, for tests and readers: 0 where there is none. */
    public int count(YearMonth month, String column) {
        int index = columns.indexOf(column);
        return months.stream().filter(m -> m.month().equals(month)).findFirst()
                .map(m -> index < 0 ? 0 : m.counts().get(index)).orElse(0);
    }

    private static String columnOf(DocumentedRecord r) {
        return r.violenceType() == null ? NONE : r.violenceType();
    }

    /** One month: its total and its count in each column. */
    public record Month(YearMonth month, int total, List<Integer> counts) {
        public Month {
            Objects.requireNonNull(month, "month");
            counts = List.copyOf(counts);
        }

        /** {@code yyyy-MM}. */
        public String label() {
            return DocumentationFilter.month(month);
        }
    }

    /** The months that have records, newest first: what the month filter offers. */
    public static List<YearMonth> monthsWithRecords(List<DocumentedRecord> records) {
        return records.stream().map(DocumentedRecord::month).distinct().sorted(Comparator.reverseOrder()).toList();
    }
}
