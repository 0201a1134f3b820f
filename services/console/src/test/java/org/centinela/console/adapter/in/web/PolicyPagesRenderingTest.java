package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.centinela.console.domain.Policy;
import org.centinela.console.domain.PolicyRefused;
import org.centinela.console.domain.PolicyRefused.FieldProblem;
import org.centinela.console.domain.PolicySchedule;
import org.junit.jupiter.api.Test;

/** The policy pages' templates rendered with strict rendering, as the console renders them, for an operator and an auditor. */
class PolicyPagesRenderingTest {

    private static final Map<String, String> EN = new Texts().in("en");

    /** Who reads the page: what the templates ask of {@link SignedIn}. */
    public record Person(Map<String, String> t, boolean operator, boolean auditor) {
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
            return operator ? "operadora" : "auditora";
        }

        public String role() {
            return operator ? "operator" : "auditor";
        }

        public boolean responder() {
            return false;
        }

        public String text(String prefix, Object key) {
            return t.getOrDefault(prefix + key, String.valueOf(key));
        }
    }

    private static final Engine ENGINE = Engine.builder().addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addValueResolver(ValueResolver.builder().applyToBaseClass(Person.class).applyToName("text").applyToParameters(2)
                    .resolveAsync(ctx -> ctx.evaluate(ctx.getParams().get(0)).thenCompose(prefix -> ctx
                            .evaluate(ctx.getParams().get(1))
                            .thenApply(key -> ((Person) ctx.getBase()).text(String.valueOf(prefix), key))))
                    .build())
            .addSectionHelper(new UserTagSectionHelper.Factory("policyInput", "tags/policyInput"))
            .addResultMapper(new HtmlEscaper(List.of("text/html")))
            .addLocator(PolicyPagesRenderingTest::template)
            .strictRendering(true)
            .build();

    private static Optional<TemplateLocator.TemplateLocation> template(String id) {
        URL url = PolicyPagesRenderingTest.class.getResource("/templates/" + (id.endsWith(".html") ? id : id + ".html"));
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

    private static Policy policy() {
        return new Policy("consola-prueba", 4, "Prueba de la consola", List.of(new Policy.Level("Ana",
                List.of("group:consola-prueba"), List.of("SMS"), 1, Duration.ofMinutes(10), Duration.ofMinutes(5))),
                Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 1));
    }

    private static String editor(Person me, FormErrors errors, PolicySchedule schedule, String notice) {
        PolicyForm form = PolicyForm.of(policy());
        return ENGINE.getTemplate("policy").data("me", me)
                .data("editor", PolicyEditor.of(form, errors, me.operator(), false, EN))
                .data("heading", form.name()).data("schedule", schedule).data("scheduleTitle", "What version 4 does")
                .data("version", 4L).data("notice", notice).render();
    }

    @Test
    void anErrorShowsNextToItsFieldTiedByAriaAndInTheSummary() {
        FormErrors errors = FormErrors.of(new PolicyRefused(List.of(
                new FieldProblem("levels[0].quorum", "2 is more than the 1 person level 1 reaches"))));

        String page = editor(new Person(EN, true, false), errors, null, "");

        assertThat(page).contains("<label for=\"levels-0-quorum\">Quorum</label>")
                .contains("aria-describedby=\"levels-0-quorum-hint levels-0-quorum-error\"")
                .contains("<p class=\"field-error\" id=\"levels-0-quorum-error\">2 is more than the 1 person level 1 reaches</p>")
                .contains("<a href=\"#levels-0-quorum\">Level 1 · Quorum: 2 is more than the 1 person level 1 reaches</a>")
                .contains("id=\"error-summary\"")
                .contains("id=\"save\"").contains("id=\"preview\"").contains("id=\"add-level\"")
                .doesNotContain("disabled");
    }

    @Test
    void anAuditorReadsTheFormDisabledWithoutButtons() {
        String page = editor(new Person(EN, false, true), new FormErrors(), null, "");

        assertThat(page).contains("<fieldset class=\"plain\" disabled>").contains("id=\"read-only\"")
                .doesNotContain("id=\"save\"").doesNotContain("id=\"preview\"").doesNotContain("error-summary")
                .contains("value=\"10m\"").contains("group:consola-prueba</textarea>")
                .contains("<a href=\"/policies\" id=\"nav-policies\">Policies</a>");
    }

    @Test
    void theSavedNoticeAndTheScheduleShow() {
        PolicySchedule schedule = PolicySchedule.of(policy(), target -> List.of("Ana"), EN);

        String page = editor(new Person(EN, true, false), new FormErrors(), schedule, "Saved, version 4.");

        assertThat(page).contains("<p class=\"notice\" role=\"status\" id=\"saved\">Saved, version 4.</p>")
                .contains("<li>0:00 SMS to Ana (level 1: Ana)</li>")
                .contains("<li>every 5:00 again to whoever has not answered</li>");
    }

    @Test
    void theListLinksEachPolicy() {
        String page = ENGINE.getTemplate("policies").data("me", new Person(EN, false, true))
                .data("policies", List.of(policy())).render();

        assertThat(page).contains("<a href=\"/policies/consola-prueba\">Prueba de la consola</a>")
                .contains("<td>4</td><td>1</td>").doesNotContain("id=\"new-policy\"");
    }
}
