package org.centinela.sandbox.adapter.in.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.centinela.sandbox.application.Switchboard;

/**
 * {@code GET /sandbox/stream}: a server-sent {@code change} event whenever the switchboard changed, at
 * most one every 100 ms, so the phones page refreshes live without polling.
 */
@Path("/sandbox/stream")
@ApplicationScoped
public class PhonesStream {

    private static final long COALESCE_MS = 100;

    private final Sse sse;
    private final SseBroadcaster broadcaster;
    private final ScheduledExecutorService threads;
    private final AtomicBoolean pending = new AtomicBoolean();

    public PhonesStream(@Context Sse sse, Switchboard switchboard, ScheduledExecutorService threads) {
        this.sse = sse;
        this.broadcaster = sse.newBroadcaster();
        this.threads = threads;
        switchboard.onChange(this::changed);
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@Context SseEventSink sink) {
        broadcaster.register(sink);
        sink.send(sse.newEventBuilder().name("hello").data("{}").build());
    }

    private void changed() {
        if (pending.compareAndSet(false, true)) {
            threads.schedule(() -> {
                pending.set(false);
                broadcaster.broadcast(sse.newEventBuilder().name("change").data("{}").build());
            }, COALESCE_MS, TimeUnit.MILLISECONDS);
        }
    }
}
