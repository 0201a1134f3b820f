package org.centinela.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Kafka as Strimzi runs it: the topics the code uses, and each service's ACLs as docs/architecture.md lists them. */
class KafkaTest {

    static final String DEAD_LETTER = ".dlq";
    static final String ACL_HEADING = "### Kafka ACLs a deployment must set";

    private final Rendered rendered = Rendered.production();

    @Test
    void theClusterIsKraftOnThreeNodesWithAuthenticatedTlsAndAcls() {
        List<Kafka> clusters = rendered.all(Kafka.class);
        assertThat(clusters).as("Kafka clusters").hasSize(1);
        Kafka kafka = clusters.get(0);
        assertThat(kafka.getSpec().getKafka().getAuthorization()).as("authorization")
                .isInstanceOf(KafkaAuthorizationSimple.class);
        List<GenericKafkaListener> listeners = kafka.getSpec().getKafka().getListeners();
        assertThat(listeners).as("listeners").isNotEmpty().allSatisfy(listener -> {
            assertThat(listener.isTls()).as("listener " + listener.getName() + " TLS").isTrue();
            assertThat(listener.getAuth()).as("listener " + listener.getName() + " authentication").isNotNull();
            assertThat(listener.getAuth().getType()).as("listener " + listener.getName() + " authentication")
                    .isIn("scram-sha-512", "tls");
        });
        List<KafkaNodePool> pools = rendered.all(KafkaNodePool.class);
        assertThat(pools.stream().mapToInt(p -> p.getSpec().getReplicas()).sum()).as("Kafka nodes").isEqualTo(3);
        assertThat(pools).as("node pools").allSatisfy(pool -> {
            assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            assertThat(pool.getSpec().getRoles()).as("roles of " + pool.getMetadata().getName())
                    .containsExactlyInAnyOrder(ProcessRoles.CONTROLLER, ProcessRoles.BROKER);
        });
        assertThat(String.valueOf(kafka.getSpec().getKafka().getConfig().get("min.insync.replicas")))
                .as("the brokers' min.insync.replicas").isEqualTo("2");
    }

    @Test
    void everyTopicTheCodeUsesAndItsDeadLetterTopicHasAKafkaTopic() {
        Map<String, String> used = Repository.topicsInCode();
        assertThat(used).as("topics named in services/*/src/main/resources/application.properties").isNotEmpty();
        Set<String> required = new TreeSet<>();
        for (String topic : used.keySet()) {
            String base = topic.endsWith(DEAD_LETTER) ? topic.substring(0, topic.length() - DEAD_LETTER.length()) : topic;
            required.add(base);
            required.add(base + DEAD_LETTER);
        }
        Map<String, KafkaTopic> declared = new TreeMap<>();
        for (KafkaTopic topic : rendered.all(KafkaTopic.class)) {
            String name = topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName()
                    : topic.getMetadata().getName();
            declared.put(name, topic);
        }
        List<String> problems = new ArrayList<>();
        for (String name : required) {
            KafkaTopic topic = declared.get(name);
            if (topic == null) {
                problems.add(name + ": no KafkaTopic" + (used.containsKey(name) ? " (used by " + used.get(name) + ")" : ""));
                continue;
            }
            if (!Integer.valueOf(3).equals(topic.getSpec().getReplicas())) {
                problems.add(name + ": replicas " + topic.getSpec().getReplicas() + ", not 3");
            }
            if (topic.getSpec().getPartitions() == null || topic.getSpec().getPartitions() < 3) {
                problems.add(name + ": partitions " + topic.getSpec().getPartitions() + ", fewer than 3");
            }
            Object minIsr = topic.getSpec().getConfig() == null ? null : topic.getSpec().getConfig().get("min.insync.replicas");
            if (!"2".equals(String.valueOf(minIsr))) {
                problems.add(name + ": min.insync.replicas " + minIsr + ", not 2");
            }
            if (!topic.getMetadata().getLabels().containsKey("strimzi.io/cluster")) {
                problems.add(name + ": no strimzi.io/cluster label (the Topic Operator would ignore it)");
            }
        }
        assertThat(problems).as("KafkaTopics").isEmpty();
    }

    @Test
    void eachServicesAclsAreTheTableOfTheArchitecture() {
        Map<String, Map<String, Set<String>>> documented = documentedAcls();
        assertThat(documented).as("the ACL table of docs/architecture.md").isNotEmpty();
        Map<String, Map<String, Set<String>>> declared = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (KafkaUser user : rendered.all(KafkaUser.class)) {
            String name = user.getMetadata().getName();
            if (user.getSpec().getAuthentication() == null) {
                problems.add(name + ": no authentication");
            }
            if (!(user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple)) {
                problems.add(name + ": no simple authorization");
                continue;
            }
            Map<String, Set<String>> topics = new TreeMap<>();
            boolean group = false;
            for (AclRule rule : simple.getAcls()) {
                List<AclOperation> operations = rule.getOperations() == null ? List.of() : rule.getOperations();
                if (rule.getResource() instanceof AclRuleTopicResource topic) {
                    if (topic.getPatternType() == AclResourcePatternType.PREFIX) {
                        problems.add(name + ": a prefixed topic ACL (" + topic.getName() + "), the table names topics");
                    }
                    for (AclOperation operation : operations) {
                        switch (operation) {
                            case READ -> topics.computeIfAbsent(topic.getName(), t -> new TreeSet<>()).add("READ");
                            case WRITE -> topics.computeIfAbsent(topic.getName(), t -> new TreeSet<>()).add("WRITE");
                            case DESCRIBE -> { }
                            default -> problems.add(name + ": " + operation + " on " + topic.getName()
                                    + ", beyond Read, Write and Describe");
                        }
                    }
                } else if (rule.getResource() instanceof AclRuleGroupResource consumerGroup) {
                    if (!name.equals(consumerGroup.getName())
                            || consumerGroup.getPatternType() != AclResourcePatternType.PREFIX
                            || !operations.equals(List.of(AclOperation.READ))) {
                        problems.add(name + ": group ACL " + consumerGroup.getName() + " " + consumerGroup.getPatternType()
                                + " " + operations + "; only Read on the groups prefixed with its own name");
                    }
                    group = true;
                } else {
                    problems.add(name + ": an ACL on " + rule.getResource().getType() + ", which the table does not grant");
                }
            }
            boolean reads = topics.values().stream().anyMatch(ops -> ops.contains("READ"));
            if (reads && !group) {
                problems.add(name + ": reads topics but may not use its consumer groups");
            }
            declared.put(name, topics);
        }
        assertThat(problems).as("KafkaUsers").isEmpty();
        List<String> differences = new ArrayList<>();
        Set<String> principals = new TreeSet<>(documented.keySet());
        principals.addAll(declared.keySet());
        for (String principal : principals) {
            if (!declared.containsKey(principal)) {
                differences.add(principal + ": in the table, but no KafkaUser");
                continue;
            }
            if (!documented.containsKey(principal)) {
                differences.add(principal + ": a KafkaUser the table does not name");
                continue;
            }
            Map<String, Set<String>> granted = declared.get(principal);
            Map<String, Set<String>> listed = documented.get(principal);
            Set<String> topics = new TreeSet<>(granted.keySet());
            topics.addAll(listed.keySet());
            for (String topic : topics) {
                Set<String> has = granted.getOrDefault(topic, Set.of());
                Set<String> should = listed.getOrDefault(topic, Set.of());
                if (!has.equals(should)) {
                    differences.add(principal + " on " + topic + ": the KafkaUser grants " + has + ", the table says "
                            + should);
                }
            }
        }
        assertThat(differences).as("KafkaUsers' topic ACLs against the table in docs/architecture.md").isEmpty();
    }

    /** Each service logs in as the KafkaUser of its own name, so the table's principals are the services. */
    @Test
    void eachServiceLogsInAsItsOwnKafkaUser() {
        Set<String> users = new TreeSet<>();
        rendered.all(KafkaUser.class).forEach(u -> users.add(u.getMetadata().getName()));
        for (var deployment : rendered.all(io.fabric8.kubernetes.api.model.apps.Deployment.class)) {
            String name = deployment.getMetadata().getName();
            var jaas = WorkloadsTest.mainContainer(deployment).getEnv().stream()
                    .filter(e -> e.getName().equals("KAFKA_SASL_JAAS_CONFIG")).findFirst();
            assertThat(jaas).as(name + " sets KAFKA_SASL_JAAS_CONFIG").isPresent();
            var ref = jaas.get().getValueFrom() == null ? null : jaas.get().getValueFrom().getSecretKeyRef();
            assertThat(ref).as(name + "'s KAFKA_SASL_JAAS_CONFIG comes from a Secret").isNotNull();
            assertThat(ref.getName()).as(name + "'s Kafka login: the Secret of a KafkaUser named after it")
                    .isEqualTo(name).isIn(users);
            assertThat(ref.getKey()).isEqualTo("sasl.jaas.config");
        }
    }

    /** service → topic → {READ, WRITE}, from the table under {@link #ACL_HEADING} in docs/architecture.md. */
    static Map<String, Map<String, Set<String>>> documentedAcls() {
        String doc = Repository.read("docs/architecture.md");
        int start = doc.indexOf(ACL_HEADING);
        assertThat(start).as("docs/architecture.md has the section " + ACL_HEADING).isNotNegative();
        Map<String, Map<String, Set<String>>> acls = new TreeMap<>();
        boolean inTable = false;
        Pattern topicCell = Pattern.compile("`([^`]+)`");
        for (String line : doc.substring(start).split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = trimmed.substring(1, trimmed.length() - (trimmed.endsWith("|") ? 1 : 0)).split("\\|");
            Matcher topic = topicCell.matcher(cells[0]);
            if (cells.length < 3 || !topic.find()) {
                continue; // the header and its rule
            }
            add(acls, topic.group(1), cells[1], "WRITE");
            add(acls, topic.group(1), cells[2], "READ");
        }
        return acls;
    }

    private static void add(Map<String, Map<String, Set<String>>> acls, String topic, String cell, String operation) {
        String services = cell.replaceAll("\\([^)]*\\)", "");
        for (String service : services.split(",")) {
            String name = service.trim();
            if (name.isEmpty() || name.equals("—") || name.equals("-")) {
                continue;
            }
            acls.computeIfAbsent(name, s -> new TreeMap<>()).computeIfAbsent(topic, t -> new TreeSet<>()).add(operation);
        }
    }
}
