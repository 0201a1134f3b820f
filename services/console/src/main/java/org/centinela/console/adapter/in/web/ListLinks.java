package org.centinela.console.adapter.in.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The links under a list of the network: to its next page (while escalation says there is one) and back to its
 * first (once past it), both keeping the search.
 *
 * @param next  "" on the last page
 * @param first "" on the first page
 */
record ListLinks(String next, String first) {

    static ListLinks of(String section, String search, int offset, Integer next) {
        String list = "/network/" + section;
        String query = search.isEmpty() ? "" : "search=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
        return new ListLinks(next == null ? "" : list + "?" + (query.isEmpty() ? "" : query + "&") + "offset=" + next,
                offset > 0 ? list + (query.isEmpty() ? "" : "?" + query) : "");
    }
}
