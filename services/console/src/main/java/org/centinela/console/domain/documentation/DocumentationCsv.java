package org.centinela.console.domain.documentation;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Records as CSV (RFC 4180: comma separated, CRLF line ends, a field with a comma, quote or line end quoted, its
 * quotes doubled), one row a record under a header of stable English names; a column added later goes at the end,
 * so a registry that reads columns by position keeps working. Ids and codes only: the console has no
 * one's words, place, phone or name, and this writes none.
 */
public final class DocumentationCsv {

    public static final List<String> COLUMNS = List.of("kind", "id", "alert_id", "received_at_utc", "month",
            "signal_type", "violence_type", "perpetrator_type", "grade", "score", "triage", "country");

    private static final String END = "\r\n";

    private DocumentationCsv() {
    }

    public static String of(List<DocumentedRecord> records) {
        StringBuilder csv = new StringBuilder();
        line(csv, COLUMNS);
        for (DocumentedRecord r : records) {
            line(csv, List.of(r.kind() == Counted.REPORTS ? "report" : "alert", r.id().toString(),
                    r.alertId() == null ? "" : r.alertId().toString(), utc(r.receivedAt()),
                    DocumentationFilter.month(r.month()), r.signalType(), blankIfNull(r.violenceType()),
                    blankIfNull(r.perpetratorType()), blankIfNull(r.grade()), Integer.toString(r.score()),
                    Boolean.toString(r.triage()), blankIfNull(r.country())));
        }
        return csv.toString();
    }

    /** One field as RFC 4180 writes it. */
    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(String.join(",", fields.stream().map(DocumentationCsv::field).toList())).append(END);
    }

    private static String utc(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
