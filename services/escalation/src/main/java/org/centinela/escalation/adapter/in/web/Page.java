package org.centinela.escalation.adapter.in.web;

import java.util.List;

/**
 * One page of a list: pass {@code next} as {@code offset} for the following page; null on the last one.
 */
public record Page<T>(List<T> items, Integer next) {

    static <T> Page<T> of(List<T> items, int offset, int limit) {
        return new Page<>(items, items.size() == limit ? offset + limit : null);
    }
}
