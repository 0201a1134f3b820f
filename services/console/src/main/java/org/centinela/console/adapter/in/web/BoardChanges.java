package org.centinela.console.adapter.in.web;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * "Something changed" for every open page, as server-sent events. Changes that come close together are
 * sent as one (at most one every 150 ms), and a comment every 20 s keeps proxies from closing the stream.
 */
@ApplicationScoped
public class BoardChanges {

    private final BroadcastProcessor<String> processor = BroadcastProcessor.create();

    public void changed() {
        processor.onNext("changed");
    }

    public Multi<String> stream() {
        Multi<String> changes = processor.toHotStream()
                .group().intoLists().every(Duration.ofMillis(150))
                .filter(batch -> !batch.isEmpty())
                .map(batch -> "changed");
        Multi<String> keepAlive = Multi.createFrom().ticks().every(Duration.ofSeconds(20)).map(tick -> "ping");
        return Multi.createBy().merging().streams(changes, keepAlive);
    }
}
