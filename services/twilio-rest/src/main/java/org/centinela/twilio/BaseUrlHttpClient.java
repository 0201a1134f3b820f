package org.centinela.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An SDK transport that sends each request to another base URL (scheme, host and port), keeping its
 * path, query (next-page links carry theirs), parameters, headers and credentials. The SDK's own URL building treats a dotted host as
 * {@code product.region.twilio.com}, which would mangle an IP address such as 127.0.0.1, so the
 * rewritten request answers its final URL as it is.
 */
final class BaseUrlHttpClient extends HttpClient {

    private final URI baseUrl;
    private final HttpClient transport;

    BaseUrlHttpClient(String baseUrl, HttpClient transport) {
        this.baseUrl = absolute(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    private static URI absolute(String baseUrl) {
        try {
            URI parsed = new URI(baseUrl);
            if (parsed.getHost() != null && ("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))) {
                return parsed;
            }
        } catch (URISyntaxException e) {
            // answered below, with the setting's name
        }
        throw new IllegalArgumentException("twilio.base-url must be an absolute http(s) URL, was " + baseUrl);
    }

    @Override
    public Response makeRequest(Request request) {
        return transport.makeRequest(rewrite(request));
    }

    Request rewrite(Request request) {
        URI original = URI.create(request.getUrl());
        String query = original.getRawQuery() == null ? "" : "?" + original.getRawQuery();
        String target = baseUrl + original.getRawPath() + query;
        Request rewritten = new FixedUrlRequest(request, target);
        copy(request.getQueryParams(), rewritten::addQueryParam);
        copy(request.getPostParams(), rewritten::addPostParam);
        copy(request.getHeaderParams(), rewritten::addHeaderParam);
        if (request.requiresAuthentication()) {
            rewritten.setAuth(request.getUsername(), request.getPassword());
        }
        rewritten.setContentType(request.getContentType());
        rewritten.setBody(request.getBody());
        rewritten.setUserAgentExtensions(request.getUserAgentExtensions());
        return rewritten;
    }

    private static void copy(Map<String, List<String>> params, java.util.function.BiConsumer<String, String> into) {
        params.forEach((name, values) -> values.forEach(value -> into.accept(name, value)));
    }

    /** A request whose URL is used as given, without the SDK's region and edge rewriting. */
    private static final class FixedUrlRequest extends Request {
        private final String target;

        FixedUrlRequest(Request original, String target) {
            super(original.getMethod(), target);
            this.target = target;
        }

        @Override
        protected String buildURL() {
            return target;
        }
    }
}
