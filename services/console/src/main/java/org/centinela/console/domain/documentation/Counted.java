package org.centinela.console.domain.documentation;

import java.util.Locale;

/** What the documentation page counts: incident reports (signals of type REPORT) or alerts, each once. */
public enum Counted {
    REPORTS,
    ALERTS;

    /** The lower-case name a query and a file name use: {@code reports}, {@code alerts}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code reports} when nothing is asked for; a name we do not count is refused. */
    public static Counted parse(String code) {
        if (code == null || code.isBlank()) {
            return REPORTS;
        }
        for (Counted counted : values()) {
            if (counted.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return counted;
            }
        }
        throw new FilterRefused("nothing called '" + code + "' is counted: reports or alerts");
    }
}
