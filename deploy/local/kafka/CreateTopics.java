import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics listed in a file, idempotently, in one JVM.
 *
 * <p>Usage: {@code java -cp <kafka classpath> CreateTopics.java <bootstrap servers> <topics file>}.
 * Each line of the file is {@code name partitions [key=value ...]}; {@code #} starts a comment.
 * Missing topics are created, existing ones are left alone except that a topic with fewer
 * partitions than listed gets more. Prints one summary line; on failure one line on stderr and
 * exit status 1.
 */
public class CreateTopics {

    record Spec(String name, int partitions, Map<String, String> configs) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CreateTopics <bootstrap servers> <topics file>");
            System.exit(2);
        }
        List<Spec> specs;
        try {
            specs = parse(Path.of(args[1]));
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("topics: cannot read " + args[1] + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "centinela-create-topics");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (Admin admin = Admin.create(props)) {
            System.out.println(apply(admin, specs));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("topics: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
            System.exit(1);
        }
    }

    static String apply(Admin admin, List<Spec> specs) throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();

        List<NewTopic> missing = new ArrayList<>();
        for (Spec spec : specs) {
            if (!existing.contains(spec.name())) {
                missing.add(new NewTopic(spec.name(), Optional.of(spec.partitions()), Optional.empty())
                        .configs(spec.configs()));
            }
        }
        int created = 0;
        for (KafkaFuture<Void> result : admin.createTopics(missing).values().values()) {
            try {
                result.get();
                created++;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }

        List<String> present = specs.stream().map(Spec::name).filter(existing::contains).toList();
        Map<String, TopicDescription> descriptions = admin.describeTopics(present).allTopicNames().get();
        Map<String, NewPartitions> grow = new HashMap<>();
        for (Spec spec : specs) {
            TopicDescription description = descriptions.get(spec.name());
            if (description != null && description.partitions().size() < spec.partitions()) {
                grow.put(spec.name(), NewPartitions.increaseTo(spec.partitions()));
            }
        }
        if (!grow.isEmpty()) {
            admin.createPartitions(grow).all().get();
        }

        String summary = "topics: " + created + " created, " + (specs.size() - created) + " already there";
        if (!grow.isEmpty()) {
            summary += ", partitions increased on " + grow.keySet().stream().sorted().toList();
        }
        return summary;
    }

    static List<Spec> parse(Path file) throws IOException {
        List<Spec> specs = new ArrayList<>();
        int lineNumber = 0;
        for (String raw : Files.readAllLines(file)) {
            lineNumber++;
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length < 2 || !fields[1].matches("[1-9][0-9]*")) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": expected 'name partitions [key=value ...]'");
            }
            Map<String, String> configs = new HashMap<>();
            for (String field : Arrays.copyOfRange(fields, 2, fields.length)) {
                String[] kv = field.split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": expected key=value, got '" + field + "'");
                }
                configs.put(kv[0], kv[1]);
            }
            specs.add(new Spec(fields[0], Integer.parseInt(fields[1]), configs));
        }
        return specs;
    }
}
