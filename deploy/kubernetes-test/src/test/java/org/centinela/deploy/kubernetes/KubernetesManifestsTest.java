package org.centinela.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The production overlay renders, each resource fits its typed model, and the network and data stores hold. */
class KubernetesManifestsTest {

    private final Rendered rendered = Rendered.production();

    @Test
    void theOverlayRendersIntoKnownTypedResources() {
        assertThat(rendered.resources).as("rendered resources").hasSizeGreaterThan(20);
        assertThat(rendered.trees).allSatisfy(tree -> assertThat(tree.path("metadata").path("name").asText())
                .as(tree.path("kind").asText() + " name").isNotBlank());
    }

    @Test
    void aTypoInAFieldIsCaught() {
        JsonNode deployment = Rendered.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: x
                          readinesProbe: {httpGet: {path: /q/health/ready, port: 9000}}
                """).get(0);
        try {
            Rendered.typed(deployment);
        } catch (AssertionError expected) {
            assertThat(expected).hasMessageContaining("readinesProbe");
            return;
        }
        throw new AssertionError("a misspelt field went unnoticed");
    }

    @Test
    void everythingIsDeniedUnlessAllowed() {
        List<NetworkPolicy> policies = rendered.all(NetworkPolicy.class);
        assertThat(policies).as("a default-deny NetworkPolicy (empty pod selector, both directions, no rule)")
                .anyMatch(p -> p.getSpec().getPodSelector().getMatchLabels() == null
                        || p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                        && (p.getSpec().getPodSelector().getMatchExpressions() == null
                                || p.getSpec().getPodSelector().getMatchExpressions().isEmpty())
                        && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                        && (p.getSpec().getIngress() == null || p.getSpec().getIngress().isEmpty())
                        && (p.getSpec().getEgress() == null || p.getSpec().getEgress().isEmpty()));
        assertThat(policies).as("DNS allowed to every pod").anyMatch(p -> p.getSpec().getEgress() != null
                && p.getSpec().getEgress().stream().anyMatch(rule -> rule.getPorts() != null
                        && rule.getPorts().stream().anyMatch(port -> port.getPort() != null
                                && Integer.valueOf(53).equals(port.getPort().getIntVal()))));
        for (Deployment deployment : rendered.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            boolean internet = policies.stream().anyMatch(p -> selects(p, deployment) && p.getSpec().getEgress() != null
                    && p.getSpec().getEgress().stream().anyMatch(rule -> rule.getTo() != null && rule.getTo().stream()
                            .anyMatch(peer -> peer.getIpBlock() != null)));
            assertThat(internet).as(name + " reaches addresses outside the cluster")
                    .isEqualTo(name.equals("notification"));
        }
    }

    /**
     * The management port (health, metrics, the OpenAPI document) of a service's pod is reached only from the
     * namespace {@code monitoring}: every ingress rule that lets anything in names its ports, and a rule naming the
     * management port lets in that namespace alone.
     */
    @Test
    void onlyTheMonitoringNamespaceReachesTheManagementPort() {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : rendered.all(Deployment.class)) {
            for (NetworkPolicy policy : rendered.all(NetworkPolicy.class)) {
                if (!selects(policy, deployment) || policy.getSpec().getIngress() == null) {
                    continue;
                }
                String where = policy.getMetadata().getName() + " (" + deployment.getMetadata().getName() + ")";
                for (var rule : policy.getSpec().getIngress()) {
                    if (rule.getPorts() == null || rule.getPorts().isEmpty()) {
                        problems.add(where + ": an ingress rule open on every port, the management port too");
                        continue;
                    }
                    boolean management = rule.getPorts().stream().anyMatch(port -> port.getPort() != null
                            && (Integer.valueOf(WorkloadsTest.MANAGEMENT_PORT).equals(port.getPort().getIntVal())
                                    || "management".equals(port.getPort().getStrVal())));
                    boolean monitoringOnly = rule.getFrom() != null && !rule.getFrom().isEmpty()
                            && rule.getFrom().stream().allMatch(peer -> peer.getPodSelector() == null
                                    && peer.getIpBlock() == null && peer.getNamespaceSelector() != null
                                    && Map.of("kubernetes.io/metadata.name", "monitoring")
                                            .equals(peer.getNamespaceSelector().getMatchLabels()));
                    if (management && !monitoringOnly) {
                        problems.add(where + ": lets more than the namespace monitoring reach the management port");
                    }
                }
            }
        }
        assertThat(problems).as("management port").isEmpty();
    }

    private static boolean selects(NetworkPolicy policy, Deployment deployment) {
        var selector = policy.getSpec().getPodSelector();
        var labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        boolean labelsMatch = selector.getMatchLabels() == null || selector.getMatchLabels().entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        boolean expressionsMatch = selector.getMatchExpressions() == null || selector.getMatchExpressions().stream()
                .allMatch(x -> switch (x.getOperator()) {
                    case "In" -> x.getValues().contains(labels.get(x.getKey()));
                    case "NotIn" -> !x.getValues().contains(labels.get(x.getKey()));
                    case "Exists" -> labels.containsKey(x.getKey());
                    default -> !labels.containsKey(x.getKey());
                });
        return labelsMatch && expressionsMatch;
    }

    @Test
    void thePublicFaceIsTls() {
        List<Ingress> ingresses = rendered.all(Ingress.class);
        assertThat(ingresses).as("Ingresses").isNotEmpty().allSatisfy(ingress -> {
            Set<String> covered = new HashSet<>();
            ingress.getSpec().getTls().forEach(tls -> covered.addAll(tls.getHosts()));
            ingress.getSpec().getRules().forEach(rule -> assertThat(covered)
                    .as(ingress.getMetadata().getName() + ": TLS for " + rule.getHost()).contains(rule.getHost()));
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> assertThat(
                    path.getPath()).as(rule.getHost() + " publishes no /q/ path").doesNotStartWith("/q")));
        });
    }

    @Test
    void postgresHasThreeInstancesADatabasePerServiceAndBackups() {
        List<JsonNode> clusters = rendered.trees("Cluster");
        assertThat(clusters).as("CloudNativePG clusters").hasSize(1);
        JsonNode cluster = clusters.get(0);
        assertThat(cluster.path("spec").path("instances").asInt()).as("instances").isEqualTo(3);
        boolean archives = cluster.path("spec").path("backup").path("barmanObjectStore").isObject()
                || cluster.path("spec").path("plugins").findValues("isWALArchiver").stream().anyMatch(JsonNode::asBoolean);
        assertThat(archives).as("WAL archived to an object store").isTrue();
        Set<String> databases = new HashSet<>();
        rendered.trees("Database").forEach(d -> databases.add(d.path("spec").path("name").asText()));
        databases.add(cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
        Set<String> roleSecrets = new HashSet<>();
        cluster.path("spec").path("managed").path("roles")
                .forEach(r -> roleSecrets.add(r.path("passwordSecret").path("name").asText()));
        for (Deployment deployment : rendered.all(Deployment.class)) {
            for (String setting : List.of("DB_USERNAME", "DB_PASSWORD")) {
                var env = WorkloadsTest.mainContainer(deployment).getEnv().stream()
                        .filter(e -> e.getName().equals(setting) && e.getValueFrom() != null
                                && e.getValueFrom().getSecretKeyRef() != null)
                        .findFirst();
                assertThat(env).as(deployment.getMetadata().getName() + " reads " + setting + " from a Secret").isPresent();
                assertThat(env.get().getValueFrom().getSecretKeyRef().getName())
                        .as(deployment.getMetadata().getName() + "'s " + setting + ": the Secret of a managed role")
                        .isIn(roleSecrets);
            }
            String url = WorkloadsTest.envOrConfig(deployment, "DB_URL");
            String database = url.replaceFirst("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
            assertThat(databases).as(deployment.getMetadata().getName() + "'s database " + database).contains(database);
        }
    }
}
