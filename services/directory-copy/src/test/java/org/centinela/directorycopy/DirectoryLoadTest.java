package org.centinela.directorycopy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DirectoryLoadTest {

    private final Map<Integer, Long> topicEnd = new HashMap<>(Map.of(0, 10L, 1, 0L));
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();
    private final DirectoryLoad load = new DirectoryLoad(true, () -> {
        reads.incrementAndGet();
        return Map.copyOf(topicEnd);
    }, now::get);

    @Test
    void loadedOnceEveryRecordUpToTheEndIsConsumedAndAnEmptyPartitionNeedsNone() {
        load.consumed(0, 5);
        assertThat(status()).isEqualTo(HealthCheckResponse.Status.DOWN);

        load.consumed(0, 9);
        assertThat(status()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(load.loaded()).isTrue();
    }

    @Test
    void aPersonEnrolledWhileTheReplicaWasStartingIsInTheCopyBeforeItIsLoaded() {
        load.consumed(0, 5);
        assertThat(status()).as("first look: end at 10").isEqualTo(HealthCheckResponse.Status.DOWN);

        topicEnd.put(0, 12L);
        now.addAndGet(DirectoryLoad.READ_END_EVERY.toNanos());
        load.consumed(0, 9);
        assertThat(status()).as("she was published at 10 and 11 after the first look").isEqualTo(HealthCheckResponse.Status.DOWN);

        load.consumed(0, 11);
        assertThat(status()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void theEndIsReadAtMostOnceASecondAndNeverAgainOnceLoaded() {
        status();
        status();
        now.addAndGet(DirectoryLoad.READ_END_EVERY.toNanos() - 1);
        status();
        assertThat(reads).hasValue(1);

        now.addAndGet(1);
        load.consumed(0, 9);
        status();
        now.addAndGet(DirectoryLoad.READ_END_EVERY.toNanos());
        status();
        assertThat(reads).hasValue(2);
    }

    @Test
    void notReadyWhileTheEndCannotBeRead() {
        DirectoryLoad unreachable = new DirectoryLoad(true, () -> {
            throw new IllegalStateException("no broker");
        }, now::get);

        assertThat(unreachable.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(unreachable.loaded()).isFalse();
    }

    private HealthCheckResponse.Status status() {
        return load.call().getStatus();
    }
}
