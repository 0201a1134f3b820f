package org.centinela.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket to a service on this machine, one connection per request: it sends the request line,
 * headers and body exactly as given, which no HTTP client library does for a malformed request. It refuses any
 * address that is not a loopback one, so that a fuzz run can only ever reach the machine it runs on.
 */
public final class LoopbackHttp {

    /** What the service answered: its status, its headers (names in lower case) and its body as UTF-8 text. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public Answer {
            headers = Map.copyOf(headers);
        }

        /** The Content-Type header, or {@code ""}. */
        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private final InetSocketAddress address;
    private final String host;
    private final Duration patience;

    /**
     * @param base     {@code http://127.0.0.1:8082}, {@code http://localhost:8082} or {@code http://[::1]:8082}
     * @param patience how long a request may take before it counts as unanswered
     * @throws IllegalArgumentException if {@code base} is not plain HTTP on a loopback address
     */
    public LoopbackHttp(URI base, Duration patience) {
        this.address = loopbackAddressOf(base);
        this.host = base.getHost() + ":" + base.getPort();
        this.patience = patience;
    }

    /**
     * The socket address of {@code base}.
     *
     * @throws IllegalArgumentException if {@code base} is not plain HTTP on a loopback address
     */
    static InetSocketAddress loopbackAddressOf(URI base) {
        if (!"http".equals(base.getScheme()) || base.getHost() == null || base.getPort() < 1) {
            throw new IllegalArgumentException("the service must be given as http://<loopback address>:<port>");
        }
        InetAddress resolved;
        try {
            resolved = InetAddress.getByName(base.getHost());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + base.getHost(), e);
        }
        if (!resolved.isLoopbackAddress()) {
            throw new IllegalArgumentException("only a service on a loopback address may be fuzzed, not " + base.getHost());
        }
        return new InetSocketAddress(resolved, base.getPort());
    }

    /**
     * Sends {@code method target} with these headers and body ({@code Host}, {@code Content-Length} and {@code
     * Connection: close} added), and reads the whole answer.
     *
     * @throws IOException if the service does not answer in time or closes the connection without an answer
     */
    public Answer send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(address, (int) patience.toMillis());
            socket.setSoTimeout((int) patience.toMillis());
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body.length > 0) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    static Answer parse(byte[] raw) throws IOException {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            throw new IOException("the connection closed without a complete answer (" + raw.length + " bytes)");
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + lines[0]);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(statusLine[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            if (lineEnd < 0) {
                throw new IOException("a chunk without its size line");
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";", 2)[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] wanted, int from) {
        outer:
        for (int i = from; i <= data.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
