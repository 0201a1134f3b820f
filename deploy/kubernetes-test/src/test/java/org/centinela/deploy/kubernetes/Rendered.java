package org.centinela.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The production overlay as {@code kubectl kustomize} renders it, each resource read into its typed model: fabric8's
 * for Kubernetes' own kinds, Strimzi's api for Kafka's; the kinds no typed model on Maven Central covers
 * (CloudNativePG's, the Keycloak Operator's) stay JSON trees.
 */
final class Rendered {

    static final String OVERLAY = "deploy/kubernetes/overlays/production";

    /** The kinds the manifests may hold, and the class each is read into (JsonNode: no typed model). */
    static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("Namespace", Namespace.class),
            Map.entry("ConfigMap", ConfigMap.class),
            Map.entry("Deployment", Deployment.class),
            Map.entry("Service", Service.class),
            Map.entry("PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("NetworkPolicy", NetworkPolicy.class),
            Map.entry("Ingress", Ingress.class),
            Map.entry("Kafka", Kafka.class),
            Map.entry("KafkaNodePool", KafkaNodePool.class),
            Map.entry("KafkaTopic", KafkaTopic.class),
            Map.entry("KafkaUser", KafkaUser.class),
            Map.entry("Cluster", JsonNode.class),
            Map.entry("Database", JsonNode.class),
            Map.entry("Pooler", JsonNode.class),
            Map.entry("ScheduledBackup", JsonNode.class),
            Map.entry("ObjectStore", JsonNode.class),
            Map.entry("Keycloak", JsonNode.class),
            Map.entry("KeycloakRealmImport", JsonNode.class));

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Rendered instance;
    private static AssertionError failure;

    final String yaml;
    final List<JsonNode> trees;
    final List<Object> resources;

    private Rendered(String yaml, List<JsonNode> trees, List<Object> resources) {
        this.yaml = yaml;
        this.trees = trees;
        this.resources = resources;
    }

    /** Rendered once per test run (a second of kubectl). */
    static synchronized Rendered production() {
        if (failure != null) {
            throw failure;
        }
        if (instance == null) {
            try {
                String yaml = kustomize(OVERLAY);
                List<JsonNode> trees = parse(yaml);
                List<Object> resources = new ArrayList<>();
                for (JsonNode tree : trees) {
                    resources.add(typed(tree));
                }
                instance = new Rendered(yaml, trees, resources);
            } catch (AssertionError e) {
                failure = e; // every check needs the rendering: say why once, do not render again
                throw e;
            }
        }
        return instance;
    }

    static String kustomize(String dir) {
        // KUBECTL names another kubectl than the one on the PATH.
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        List<String> command = List.of(kubectl, "kustomize", Repository.root().resolve(dir).toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new AssertionError(kubectl + " cannot be run (" + e.getMessage() + "): these checks render " + dir
                    + " with `kubectl kustomize`; install kubectl 1.27 or later (it carries kustomize) on the PATH,"
                    + " or name it in the environment variable KUBECTL", e);
        }
        try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            Thread errors = new Thread(() -> copy(err, stderr));
            errors.start();
            out.transferTo(stdout);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("`kubectl kustomize " + dir + "` took more than 60 s");
            }
            errors.join();
            if (process.exitValue() != 0) {
                throw new AssertionError("`kubectl kustomize " + dir + "` failed (exit " + process.exitValue() + "):\n"
                        + stderr.toString(StandardCharsets.UTF_8));
            }
            return stdout.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("could not read the output of kubectl kustomize", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the exit code says what went wrong
        }
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> trees = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    trees.add(document);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("the rendered manifests are not YAML: " + e.getMessage(), e);
        }
        return trees;
    }

    /** The tree in its typed model; a field the model does not know fails, as a misspelt field would. */
    static Object typed(JsonNode tree) {
        String kind = tree.path("kind").asText();
        String name = kind + " " + tree.path("metadata").path("name").asText();
        Class<?> type = KINDS.get(kind);
        if (type == null) {
            throw new AssertionError(name + ": a kind these checks do not know; add it to Rendered.KINDS with its model");
        }
        if (type == JsonNode.class) {
            return tree;
        }
        Object value;
        try {
            value = JSON.treeToValue(tree, type);
        } catch (IOException e) {
            throw new AssertionError(name + " does not fit " + type.getName() + ": " + e.getMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(value, "", unknown, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (!unknown.isEmpty()) {
            throw new AssertionError(name + " has fields its model (" + type.getSimpleName() + ") does not know: " + unknown);
        }
        return value;
    }

    /** Models keep fields they do not know in additionalProperties: walk the object and list any. */
    private static void unknownFields(Object value, String path, List<String> unknown, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown, seen));
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.fabric8.") && !type.startsWith("io.strimzi.")) {
            return;
        }
        for (Method method : value.getClass().getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || !method.getName().startsWith("get") || method.getName().equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = method.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (method.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add((path.isEmpty() ? "" : path + ".") + extra.keySet());
                }
                continue;
            }
            if (child != null && !(child instanceof String) && !(child instanceof Number) && !(child instanceof Boolean)
                    && !child.getClass().isEnum()) {
                unknownFields(child, path + "." + decapitalize(method.getName().substring(3)), unknown, seen);
            }
        }
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    <T> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    List<JsonNode> trees(String kind) {
        return trees.stream().filter(t -> kind.equals(t.path("kind").asText())).collect(Collectors.toList());
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    /** A ConfigMap by the name it had before kustomize added its content hash. */
    ConfigMap configMap(String name) {
        return all(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().matches("\\Q" + name + "\\E(-[a-z0-9]{10})?"))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap " + name));
    }
}
