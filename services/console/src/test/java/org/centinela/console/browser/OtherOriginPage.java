package org.centinela.console.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A page of another application on the same machine (same site, another port: what {@code SameSite=Lax} cookies do
 * not keep out) that posts a form to the console as soon as it is opened, as a forged request would.
 */
final class OtherOriginPage implements AutoCloseable {

    private final HttpServer server;

    private OtherOriginPage(HttpServer server) {
        this.server = server;
    }

    /** Serves, on a free loopback port, a page that posts an empty form to {@code action} when opened. */
    static OtherOriginPage posting(String action) {
        byte[] page = ("<!doctype html><html><body><form id=\"forged\" method=\"post\" action=\"" + action + "\">"
                + "</form><script>document.getElementById('forged').submit();</script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(page);
                }
            });
            server.start();
            return new OtherOriginPage(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
