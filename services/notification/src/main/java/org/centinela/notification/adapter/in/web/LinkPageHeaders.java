package org.centinela.notification.adapter.in.web;

import jakarta.ws.rs.core.Response;

/**
 * The headers of every answer about a link sent to a person (the ack page, the brief page and its version): the
 * link's token is in the URL, and the page may carry a brief. Never cached nor indexed; the URL never sent on as a
 * referrer; never in a frame; nothing but this origin's style sheet and script; HTTPS only once a browser saw it
 * over HTTPS (the proxy in front, in production).
 */
final class LinkPageHeaders {

    /** Nothing but this origin's style sheet and script, and the page's own form. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self';"
            + " img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private LinkPageHeaders() {
    }

    static Response.ResponseBuilder guarded(Response.ResponseBuilder answer) {
        return answer.header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
