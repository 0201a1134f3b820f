package org.centinela.escalation.application;

import java.util.Map;
import java.util.Objects;

/**
 * An alert with the names of the responders it involves, as those who may read the alert read it.
 *
 * @param names the directory's current name of each responder the alert contacted or who acknowledged it, by
 *              id; never the defender's, and none for a responder no longer in the directory
 */
public record NamedAlertFile(AlertFile file, Map<String, String> names) {

    public NamedAlertFile {
        Objects.requireNonNull(file, "file");
        names = Map.copyOf(names);
        if (names.containsKey(file.defenderId())) {
            throw new IllegalArgumentException("the defender of an alert is never named with it");
        }
    }
}
