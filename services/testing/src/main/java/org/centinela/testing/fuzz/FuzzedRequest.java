package org.centinela.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One request of a fuzz run, as it goes on the wire (before credentials are added).
 *
 * @param operation   the operation it was built for, e.g. {@code PUT /api/v1/risk/model}
 * @param method      the HTTP method
 * @param target      the request target: the path and query, percent-encoded as sent
 * @param headers     {@code Accept} and {@code Content-Type} when it has them
 * @param body        the body's bytes, empty for none
 * @param description what is wrong with it ({@code NUL in body hotZones[0].name}), or {@code valid-looking}
 */
public record FuzzedRequest(String operation, String method, String target, Map<String, String> headers, byte[] body,
        String description) {

    private static final int SHOWN = 300;

    public FuzzedRequest {
        Objects.requireNonNull(target, "target");
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FuzzedRequest that && operation.equals(that.operation) && method.equals(that.method)
                && target.equals(that.target) && headers.equals(that.headers) && Arrays.equals(body, that.body)
                && description.equals(that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, method, target, headers, Arrays.hashCode(body), description);
    }

    /** The request as a short text for a report: what is wrong with it, its line, headers and a body excerpt. */
    @Override
    public String toString() {
        String text = new String(body, 0, Math.min(body.length, SHOWN), StandardCharsets.UTF_8);
        return description + ": " + method + " " + shorten(target) + " " + headers
                + (body.length == 0 ? "" : " body(" + body.length + " bytes) " + printable(text)
                        + (body.length > SHOWN ? "…" : ""));
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…(" + text.length() + " chars)";
    }

    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0xd800 && c <= 0xdfff)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
