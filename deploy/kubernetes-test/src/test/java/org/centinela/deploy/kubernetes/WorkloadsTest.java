package org.centinela.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The five services' Deployments: what a production pod must have, and how its secrets reach it. */
class WorkloadsTest {

    static final int MANAGEMENT_PORT = 9000;
    /** What follows an image's name: a tag, or a digest. */
    static final String IMAGE_VERSION = "(:[\\w.-]+|@sha256:[0-9a-f]{64})";
    /** Names of settings that hold a secret: such a value may come only from a Secret. */
    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|SECRET|TOKEN|PEPPER|KEY|JAAS|CREDENTIAL|SID|PRIVATE|CERTIFICATE).*");
    /** Secret keys the operators write themselves (Strimzi, CloudNativePG), not listed in secrets.example.env. */
    static final Set<String> OPERATOR_KEYS = Set.of("sasl.jaas.config", "password", "ca.crt", "username");

    private final Rendered rendered = Rendered.production();

    @Test
    void everyServiceHasADeploymentAServiceAndADisruptionBudget() {
        Map<String, Properties> services = Repository.services();
        assertThat(services).as("services found under services/").containsKeys("intake", "console");
        for (var entry : services.entrySet()) {
            String name = entry.getKey();
            int port = Repository.httpPort(entry.getValue());
            Deployment deployment = rendered.named(Deployment.class, name);
            assertThat(deployment.getSpec().getReplicas()).as(name + " replicas").isGreaterThanOrEqualTo(2);
            Container container = mainContainer(deployment);
            assertThat(container.getImage()).as(name + " image: the one its build makes, with a tag or a digest")
                    .matches(Pattern.quote(Repository.image(entry.getValue())) + IMAGE_VERSION);
            assertThat(container.getPorts()).as(name + " container ports")
                    .anyMatch(p -> p.getContainerPort() == port);
            assertThat(Repository.managementPort(entry.getValue())).as(name + " management port in production")
                    .isEqualTo(MANAGEMENT_PORT);
            assertThat(container.getPorts()).as(name + " container port named management")
                    .anyMatch(p -> "management".equals(p.getName()) && p.getContainerPort() == MANAGEMENT_PORT);
            assertThat(envOrConfig(deployment, "HTTP_PORT")).as(name + " HTTP_PORT").isEqualTo(String.valueOf(port));

            Service service = rendered.named(Service.class, name);
            assertThat(service.getSpec().getSelector()).as(name + " Service selector")
                    .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(service.getSpec().getPorts()).as(name + " Service port").anyMatch(p -> p.getPort() == port);

            PodDisruptionBudget budget = rendered.named(PodDisruptionBudget.class, name);
            assertThat(budget.getSpec().getMinAvailable()).as(name + " PDB minAvailable").isNotNull();
            assertThat(budget.getSpec().getMinAvailable().getIntVal()).as(name + " PDB minAvailable").isEqualTo(1);
            assertThat(budget.getSpec().getSelector().getMatchLabels()).as(name + " PDB selector")
                    .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        }
    }

    /** No Deployment runs an image this repository does not build, nor one of ours under another name. */
    @Test
    void everyDeploymentRunsAnImageTheBuildMakes() {
        Set<String> built = new LinkedHashSet<>();
        Repository.services().values().forEach(properties -> built.add(Repository.image(properties)));
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : rendered.all(Deployment.class)) {
            for (Container container : containers(deployment)) {
                String image = container.getImage();
                if (image == null || built.stream().noneMatch(b -> image.matches(Pattern.quote(b) + IMAGE_VERSION))) {
                    problems.add(deployment.getMetadata().getName() + "/" + container.getName() + ": " + image
                            + " is none of the images the build makes " + built);
                }
            }
        }
        assertThat(problems).as("images").isEmpty();
    }

    @Test
    void everyContainerHasTheThreeProbesOnTheManagementPort() {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : rendered.all(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = deployment.getMetadata().getName() + "/" + container.getName();
                probe(where, "startupProbe", container, container.getStartupProbe(), "/q/health/started", problems);
                probe(where, "readinessProbe", container, container.getReadinessProbe(), "/q/health/ready", problems);
                probe(where, "livenessProbe", container, container.getLivenessProbe(), "/q/health/live", problems);
            }
        }
        assertThat(problems).as("probes").isEmpty();
    }

    private static void probe(String where, String kind, Container container, Probe probe, String path,
            List<String> problems) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(where + ": no " + kind + " (HTTP GET " + path + " on port " + MANAGEMENT_PORT + ")");
            return;
        }
        if (!path.equals(probe.getHttpGet().getPath())) {
            problems.add(where + ": " + kind + " asks " + probe.getHttpGet().getPath() + ", not " + path);
        }
        var port = probe.getHttpGet().getPort();
        Integer number = port == null ? null : port.getIntVal() != null ? port.getIntVal()
                : container.getPorts() == null ? null : container.getPorts().stream()
                        .filter(p -> port.getStrVal().equals(p.getName())).map(ContainerPort::getContainerPort)
                        .findFirst().orElse(null);
        if (!Objects.equals(number, MANAGEMENT_PORT)) {
            problems.add(where + ": " + kind + " is on port "
                    + (port == null ? null : port.getIntVal() != null ? port.getIntVal() : port.getStrVal()) + ", not the management port " + MANAGEMENT_PORT);
        }
    }

    @Test
    void everyContainerHasRequestsAndLimits() {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : rendered.all(Deployment.class)) {
            for (Container container : containers(deployment)) {
                String where = deployment.getMetadata().getName() + "/" + container.getName();
                var resources = container.getResources();
                for (String resource : List.of("cpu", "memory")) {
                    if (resources == null || resources.getRequests() == null
                            || !resources.getRequests().containsKey(resource)) {
                        problems.add(where + ": no " + resource + " request");
                    }
                    if (resources == null || resources.getLimits() == null
                            || !resources.getLimits().containsKey(resource)) {
                        problems.add(where + ": no " + resource + " limit");
                    }
                }
            }
        }
        assertThat(problems).as("resources").isEmpty();
    }

    @Test
    void everyContainerRunsLockedDown() {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : rendered.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = pod.getSecurityContext();
            for (Container container : containers(deployment)) {
                String where = deployment.getMetadata().getName() + "/" + container.getName();
                SecurityContext context = container.getSecurityContext();
                if (context == null) {
                    problems.add(where + ": no securityContext");
                    continue;
                }
                boolean nonRoot = Boolean.TRUE.equals(context.getRunAsNonRoot())
                        || context.getRunAsNonRoot() == null && podContext != null
                        && Boolean.TRUE.equals(podContext.getRunAsNonRoot());
                if (!nonRoot) {
                    problems.add(where + ": runAsNonRoot is not true");
                }
                if (!Boolean.TRUE.equals(context.getReadOnlyRootFilesystem())) {
                    problems.add(where + ": readOnlyRootFilesystem is not true");
                }
                if (!Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())) {
                    problems.add(where + ": allowPrivilegeEscalation is not false");
                }
                if (Boolean.TRUE.equals(context.getPrivileged())) {
                    problems.add(where + ": privileged");
                }
                if (context.getCapabilities() == null || context.getCapabilities().getDrop() == null
                        || !context.getCapabilities().getDrop().contains("ALL")) {
                    problems.add(where + ": capabilities do not drop ALL");
                } else if (context.getCapabilities().getAdd() != null && !context.getCapabilities().getAdd().isEmpty()) {
                    problems.add(where + ": adds capabilities " + context.getCapabilities().getAdd());
                }
                String seccomp = context.getSeccompProfile() != null ? context.getSeccompProfile().getType()
                        : podContext != null && podContext.getSeccompProfile() != null
                                ? podContext.getSeccompProfile().getType() : null;
                if (!"RuntimeDefault".equals(seccomp)) {
                    problems.add(where + ": seccompProfile is " + seccomp + ", not RuntimeDefault");
                }
                boolean tmp = container.getVolumeMounts() != null && container.getVolumeMounts().stream()
                        .anyMatch(m -> "/tmp".equals(m.getMountPath()) && pod.getVolumes() != null
                                && pod.getVolumes().stream().anyMatch(v -> v.getName().equals(m.getName())
                                        && v.getEmptyDir() != null));
                if (!tmp) {
                    problems.add(where + ": no emptyDir mounted at /tmp (the root file system is read-only)");
                }
            }
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                problems.add(deployment.getMetadata().getName() + ": mounts a service account token it does not need");
            }
        }
        assertThat(problems).as("security contexts").isEmpty();
    }

    @Test
    void secretsComeOnlyFromSecrets() {
        List<String> problems = new ArrayList<>();
        assertThat(rendered.trees("Secret")).as("Secrets rendered from the repository (they must be made apart)").isEmpty();
        Set<String> exampleKeys = secretsExampleKeys();
        for (Deployment deployment : rendered.all(Deployment.class)) {
            for (Container container : containers(deployment)) {
                String where = deployment.getMetadata().getName() + "/" + container.getName();
                for (EnvVar env : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
                    var ref = env.getValueFrom() == null ? null : env.getValueFrom().getSecretKeyRef();
                    if (SECRET_NAME.matcher(env.getName()).matches() && ref == null) {
                        problems.add(where + ": " + env.getName() + " is not read from a Secret (secretKeyRef)");
                    }
                    if (ref != null && !OPERATOR_KEYS.contains(ref.getKey()) && !exampleKeys.contains(ref.getKey())) {
                        problems.add(where + ": " + env.getName() + " reads key " + ref.getKey() + " of Secret "
                                + ref.getName() + ", which secrets.example.env does not list");
                    }
                }
                if (container.getEnvFrom() != null) {
                    container.getEnvFrom().stream().filter(e -> e.getConfigMapRef() != null)
                            .map(e -> e.getConfigMapRef().getName())
                            .filter(name -> rendered.all(ConfigMap.class).stream()
                                    .noneMatch(c -> c.getMetadata().getName().equals(name)))
                            .forEach(name -> problems.add(where + ": envFrom names ConfigMap " + name + ", not rendered"));
                }
            }
        }
        for (ConfigMap configMap : rendered.all(ConfigMap.class)) {
            if (configMap.getData() == null) {
                continue;
            }
            configMap.getData().keySet().stream().filter(k -> SECRET_NAME.matcher(k).matches())
                    .forEach(k -> problems.add("ConfigMap " + configMap.getMetadata().getName() + " holds " + k
                            + ", a secret: put it in a Secret"));
        }
        assertThat(problems).as("secrets").isEmpty();
    }

    @Test
    void secretsExampleHoldsPlaceholdersOnly() {
        List<String> problems = new ArrayList<>();
        for (String line : Repository.read("deploy/kubernetes/secrets.example.env").split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            String value = eq < 0 ? "" : trimmed.substring(eq + 1);
            if (eq < 0 || !value.matches("<[^<>]+>")) {
                problems.add(trimmed.substring(0, Math.max(eq, 0)) + ": a value that is not a <placeholder>");
            }
        }
        assertThat(problems).as("secrets.example.env").isEmpty();
    }

    /** The console's redirect path and origin are the ones the production realm allows. */
    @Test
    void theConsoleSignsInThroughTheRealmsExactRedirect() {
        Deployment console = rendered.named(Deployment.class, "console");
        String origin = envOrConfig(console, "CONSOLE_PUBLIC_ORIGIN");
        String path = envOrConfig(console, "QUARKUS_OIDC_AUTHENTICATION_REDIRECT_PATH");
        assertThat(origin).as("console CONSOLE_PUBLIC_ORIGIN").startsWith("https://");
        assertThat(path).as("console redirect path").startsWith("/");
        var realm = RealmProductionTest.realm();
        var client = RealmProductionTest.client(realm, "centinela-console");
        List<String> uris = new ArrayList<>();
        client.path("redirectUris").forEach(u -> uris.add(u.asText()));
        assertThat(uris).as("the realm's redirect URIs of centinela-console").containsExactly(origin + path);
    }

    static String envOrConfig(Deployment deployment, String name) {
        Rendered rendered = Rendered.production();
        Container container = mainContainer(deployment);
        if (container.getEnv() != null) {
            for (EnvVar env : container.getEnv()) {
                if (env.getName().equals(name) && env.getValue() != null) {
                    return env.getValue();
                }
            }
        }
        Set<String> found = new LinkedHashSet<>();
        if (container.getEnvFrom() != null) {
            container.getEnvFrom().stream().filter(e -> e.getConfigMapRef() != null).forEach(e -> rendered
                    .all(ConfigMap.class).stream()
                    .filter(c -> c.getMetadata().getName().equals(e.getConfigMapRef().getName()))
                    .filter(c -> c.getData() != null && c.getData().containsKey(name))
                    .forEach(c -> found.add(c.getData().get(name))));
        }
        if (found.isEmpty()) {
            fail(deployment.getMetadata().getName() + " has no setting " + name);
        }
        return found.iterator().next();
    }

    static Container mainContainer(Deployment deployment) {
        return containers(deployment).stream().filter(c -> c.getName().equals(deployment.getMetadata().getName()))
                .findFirst().orElseThrow(() -> new AssertionError(deployment.getMetadata().getName()
                        + " has no container of its name"));
    }

    static List<Container> containers(Deployment deployment) {
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        List<Container> all = new ArrayList<>(pod.getContainers());
        if (pod.getInitContainers() != null) {
            all.addAll(pod.getInitContainers());
        }
        return all;
    }

    static Set<String> secretsExampleKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : Repository.read("deploy/kubernetes/secrets.example.env").split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("#") && trimmed.contains("=")) {
                keys.add(trimmed.substring(0, trimmed.indexOf('=')));
            }
        }
        return keys;
    }
}
