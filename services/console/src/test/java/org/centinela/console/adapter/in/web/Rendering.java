package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.UserTagSectionHelper;
import io.quarkus.qute.ValueResolver;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.centinela.contracts.signal.RiskFactor;

/**
 * The console's templates rendered outside Quarkus as the console renders them: strict rendering, HTML escaped,
 * its user tags, for the pages' rendering tests.
 */
final class Rendering {

    private Rendering() {
    }

    /** Who reads the page: what the templates ask of {@link SignedIn}. */
    public record Person(Map<String, String> t, boolean operator, boolean auditor, boolean responder) {

        /** An operator, an auditor or both. */
        public Person(Map<String, String> t, boolean operator, boolean auditor) {
            this(t, operator, auditor, false);
        }

        /** A responder and nothing else. */
        static Person responder(Map<String, String> t) {
            return new Person(t, false, false, true);
        }

        public String language() {
            return "en";
        }

        public String back() {
            return "%2Fpolicies";
        }

        public boolean signedIn() {
            return true;
        }

        public String name() {
            return operator ? "operadora" : responder ? "respondedora" : "auditora";
        }

        public String role() {
            return operator ? "operator" : responder ? "responder" : "auditor";
        }

        public boolean mayAnswer() {
            return operator || responder;
        }

        public String text(String prefix, Object key) {
            return t.getOrDefault(prefix + key, String.valueOf(key));
        }

        public String countryName(String code) {
            return CountryName.of(code, language());
        }

        public String factor(RiskFactor factor) {
            return FactorSentence.of(factor, t);
        }
    }

    static final Engine ENGINE = Engine.builder().addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addValueResolver(ValueResolver.builder().applyToBaseClass(Person.class).applyToName("text").applyToParameters(2)
                    .resolveAsync(ctx -> ctx.evaluate(ctx.getParams().get(0)).thenCompose(prefix -> ctx
                            .evaluate(ctx.getParams().get(1))
                            .thenApply(key -> ((Person) ctx.getBase()).text(String.valueOf(prefix), key))))
                    .build())
            .addValueResolver(ValueResolver.builder().applyToBaseClass(Person.class).applyToName("countryName")
                    .applyToParameters(1)
                    .resolveAsync(ctx -> ctx.evaluate(ctx.getParams().get(0))
                            .thenApply(code -> ((Person) ctx.getBase()).countryName(String.valueOf(code))))
                    .build())
            .addValueResolver(ValueResolver.builder().applyToBaseClass(Person.class).applyToName("factor")
                    .applyToParameters(1)
                    .resolveAsync(ctx -> ctx.evaluate(ctx.getParams().get(0))
                            .thenApply(factor -> ((Person) ctx.getBase()).factor((RiskFactor) factor)))
                    .build())
            .addSectionHelper(new UserTagSectionHelper.Factory("policyInput", "tags/policyInput"))
            .addSectionHelper(new UserTagSectionHelper.Factory("field", "tags/field"))
            .addResultMapper(new HtmlEscaper(List.of("text/html")))
            .addLocator(Rendering::template)
            .strictRendering(true)
            .build();

    private static Optional<TemplateLocator.TemplateLocation> template(String id) {
        URL url = Rendering.class.getResource("/templates/" + (id.endsWith(".html") ? id : id + ".html"));
        if (url == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                try {
                    return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(new Variant(Locale.ROOT, "text/html", "UTF-8"));
            }
        });
    }
}
