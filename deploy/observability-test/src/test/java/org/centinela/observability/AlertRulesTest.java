package org.centinela.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.centinela.testing.ExposedMetrics;
import org.junit.jupiter.api.Test;

/**
 * The alert rules against what the services expose: every metric a rule reads is in the list of exposed metrics,
 * whose services prove it in their own {@code ExposedMetricsTest}; every rule has a severity, a summary, a description
 * and a runbook entry that exists in docs/operations.md.
 */
class AlertRulesTest {

    private static final Path ROOT = Path.of(System.getProperty("centinela.root", "../.."));
    private static final Path RULES = ROOT.resolve("deploy/observability/prometheus/centinela-rules.yml");
    private static final Path OPERATIONS = ROOT.resolve("docs/operations.md");
    private static final Set<String> SEVERITIES = Set.of("critical", "warning");
    private static final String RUNBOOK = "docs/operations.md#";

    /** One rule of the file, with its group. */
    private record Rule(String group, JsonNode node) {

        String name() {
            return node.path("alert").asText();
        }

        String expression() {
            return node.path("expr").asText();
        }
    }

    @Test
    void everyMetricARuleReadsIsOneTheServicesExposeOrAnExternalOne() throws IOException {
        Set<String> listed = ExposedMetrics.list().keySet();
        SoftAssertions soft = new SoftAssertions();
        for (Rule rule : rules()) {
            Set<String> names = PromQl.metricNames(rule.expression());
            soft.assertThat(names).as("the metrics of %s", rule.name()).isNotEmpty();
            soft.assertThat(listed).as("the exposed metrics, for the expression of %s", rule.name()).containsAll(names);
        }
        soft.assertAll();
    }

    @Test
    void aRuleWithAMisspeltMetricWouldFail() {
        assertThat(ExposedMetrics.list().keySet())
                .doesNotContainAnyElementsOf(PromQl.metricNames("max(centinela_loop_second_since_pass) > 60"));
    }

    @Test
    void everyRuleHasASeverityASummaryADescriptionAndARunbookEntry() throws IOException {
        Set<String> anchors = anchors(Files.readAllLines(OPERATIONS));
        SoftAssertions soft = new SoftAssertions();
        Set<String> names = new TreeSet<>();
        for (Rule rule : rules()) {
            JsonNode node = rule.node();
            soft.assertThat(names.add(rule.name())).as("%s is the name of one rule only", rule.name()).isTrue();
            soft.assertThat(rule.name()).as("an alert of group %s", rule.group()).matches("Centinela[A-Za-z]+");
            soft.assertThat(node.path("for").asText()).as("for: of %s", rule.name()).matches("\\d+[smh]");
            soft.assertThat(SEVERITIES).as("severity of %s", rule.name())
                    .contains(node.path("labels").path("severity").asText());
            soft.assertThat(node.path("annotations").path("summary").asText()).as("summary of %s", rule.name())
                    .isNotBlank();
            soft.assertThat(node.path("annotations").path("description").asText())
                    .as("description of %s", rule.name()).isNotBlank();
            String runbook = node.path("annotations").path("runbook").asText();
            soft.assertThat(runbook).as("runbook of %s", rule.name()).startsWith(RUNBOOK);
            soft.assertThat(anchors).as("the headings of docs/operations.md, for the runbook of %s", rule.name())
                    .contains(runbook.substring(Math.min(runbook.length(), RUNBOOK.length())));
        }
        soft.assertAll();
    }

    @Test
    void everyServiceTheListNamesProvesItInATestOfItsOwn() throws IOException {
        Set<String> services = new TreeSet<>();
        ExposedMetrics.list().values().forEach(services::addAll);
        assertThat(services).isNotEmpty();
        for (String service : services) {
            Path tests = ROOT.resolve("services").resolve(service).resolve("src/test/java");
            assertThat(tests).as("the tests of %s", service).isDirectory();
            try (Stream<Path> files = Files.walk(tests)) {
                assertThat(files.filter(file -> file.getFileName().toString().equals("ExposedMetricsTest.java"))
                        .map(AlertRulesTest::read))
                        .as("an ExposedMetricsTest of %s that proves its metrics", service)
                        .anyMatch(source -> source.contains("ExposedMetrics.assertExposed(registry, \"" + service + "\")"));
            }
        }
    }

    private static List<Rule> rules() throws IOException {
        JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(RULES.toFile());
        List<Rule> rules = new ArrayList<>();
        for (JsonNode group : file.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                rules.add(new Rule(group.path("name").asText(), rule));
            }
        }
        assertThat(rules).as("the rules of %s", RULES).isNotEmpty();
        return rules;
    }

    /** The anchors a Markdown renderer gives the headings: lower case, punctuation dropped, spaces as hyphens. */
    static Set<String> anchors(List<String> lines) {
        Set<String> anchors = new TreeSet<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
                anchors.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anchorsAreThoseOfTheRenderedHeadings() {
        assertThat(anchors(List.of("## Alert rules", "### A step is set aside", "### Background loops and the `x` check")))
                .containsExactlyInAnyOrder("alert-rules", "a-step-is-set-aside", "background-loops-and-the-x-check");
    }
}
