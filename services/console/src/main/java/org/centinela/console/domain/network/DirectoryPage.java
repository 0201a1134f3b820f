package org.centinela.console.domain.network;

import java.util.List;

/** A page of a list of the directory, by name; {@code next} is the offset of the following page, null on the last. */
public record DirectoryPage<T>(List<T> items, Integer next) {

    public DirectoryPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
