package org.centinela.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The topics the local stack creates (deploy/local/kafka/topics.txt) are the ones the contract names. */
class LocalTopicsFileTest {

    private static final Path TOPICS_FILE = Path.of("../../deploy/local/kafka/topics.txt");

    @Test
    void everyContractTopicAndItsDeadLetterTopicIsCreatedWithEnoughPartitions() throws IOException {
        Map<String, Integer> partitions = Files.readAllLines(TOPICS_FILE).stream()
                .map(line -> line.replaceFirst("#.*", "").trim())
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+"))
                .collect(Collectors.toMap(fields -> fields[0], fields -> Integer.parseInt(fields[1])));

        for (String topic : Topics.ALL) {
            assertThat(partitions).as("topics.txt").containsKey(topic).containsKey(Topics.deadLetter(topic));
            assertThat(partitions.get(topic)).as(topic).isGreaterThanOrEqualTo(Topics.MIN_PARTITIONS);
            assertThat(partitions.get(Topics.deadLetter(topic))).as(Topics.deadLetter(topic))
                    .isGreaterThanOrEqualTo(Topics.MIN_PARTITIONS);
        }
        assertThat(partitions).as("no topic outside the contract").hasSize(2 * Topics.ALL.size());
    }

    @Test
    void theDirectoryIsCompacted() throws IOException {
        assertThat(Files.readAllLines(TOPICS_FILE))
                .anyMatch(line -> line.startsWith(Topics.DIRECTORY_PEOPLE + " ") && line.contains("cleanup.policy=compact"));
    }

    @Test
    void theBriefsAreCompactedSoThatATombstoneErasesThem() throws IOException {
        assertThat(Files.readAllLines(TOPICS_FILE))
                .anyMatch(line -> line.startsWith(Topics.ALERTS_BRIEFS + " ") && line.contains("cleanup.policy=compact"));
    }
}
