package org.centinela.console.adapter.in.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.centinela.contracts.signal.RiskFactor;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is looking at a page and in which language: what every template gets as {@code {me}}.
 * The roles only decide what the page offers; the services judge every call again.
 */
@RequestScoped
public class SignedIn {

    public static final String LANGUAGE_COOKIE = "centinela-lang";

    private final SecurityIdentity identity;
    private final Texts texts;
    private final HttpHeaders headers;
    private final JsonWebToken idToken;

    private final HttpServerRequest request;

    public SignedIn(SecurityIdentity identity, Texts texts, @Context HttpHeaders headers, JsonWebToken idToken,
            HttpServerRequest request) {
        this.identity = identity;
        this.request = request;
        this.texts = texts;
        this.headers = headers;
        this.idToken = idToken;
    }

    public String language() {
        var cookie = headers.getCookies().get(LANGUAGE_COOKIE);
        return Texts.choose(cookie == null ? null : cookie.getValue(), headers.getAcceptableLanguages());
    }

    /** This page's path and query, URL-encoded, for the language switcher to come back to. */
    public String back() {
        String uri = request.uri();
        return URLEncoder.encode(uri == null || !uri.startsWith("/") ? "/board" : uri, StandardCharsets.UTF_8);
    }

    public Map<String, String> t() {
        return texts.in(language());
    }

    /** The word for {@code prefix + key} in her language ({@code me.text('grade.', g)}), or the key itself. */
    public String text(String prefix, Object key) {
        String k = String.valueOf(key);
        return t().getOrDefault(prefix + k, k);
    }

    /** A country's name in her language with its code ({@code me.countryName('GT')}: Guatemala (GT)). */
    public String countryName(String code) {
        return CountryName.of(code, language());
    }

    /** A reason for a risk score in her language ({@code me.factor(f)}), risk-scoring's English if none. */
    public String factor(RiskFactor factor) {
        return FactorSentence.of(factor, t());
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        if (identity.isAnonymous()) {
            return "";
        }
        String username = idToken == null ? null : idToken.getClaim("preferred_username");
        return username == null ? identity.getPrincipal().getName() : username;
    }

    public boolean operator() {
        return identity.hasRole("operator");
    }

    public boolean auditor() {
        return identity.hasRole("auditor");
    }

    public boolean responder() {
        return identity.hasRole("responder");
    }

    /** Operators and the responders an alert contacted answer alerts; auditors never (contract §4). */
    public boolean mayAnswer() {
        return operator() || responder();
    }

    /**
     * Whether the console asks escalation for an alert's brief on her behalf: operators always may read it, a
     * responder when escalation discloses it to her (it says so for each alert); an auditor never, and is never asked
     * for.
     */
    public boolean mayReadBriefs() {
        return operator() || responder() && !auditor();
    }

    /** The role the page names her by. */
    public String role() {
        return operator() ? "operator" : auditor() ? "auditor" : responder() ? "responder" : "";
    }
}
