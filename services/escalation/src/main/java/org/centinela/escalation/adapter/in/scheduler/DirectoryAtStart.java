package org.centinela.escalation.adapter.in.scheduler;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.centinela.escalation.application.RepublishDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Once after each start, on a thread of its own: {@link RepublishDirectory} if the broker's {@code directory.people}
 * was never written. A broker that does not answer yet is asked again every
 * {@code escalation.directory.check-retry-every} until it does.
 */
@ApplicationScoped
public class DirectoryAtStart {

    private static final Logger LOG = Logger.getLogger(DirectoryAtStart.class);

    private final RepublishDirectory republish;
    private final boolean enabled;
    private final Duration retryEvery;
    private ScheduledExecutorService thread;

    public DirectoryAtStart(RepublishDirectory republish,
            @ConfigProperty(name = "escalation.directory.republish-if-topic-new") boolean enabled,
            @ConfigProperty(name = "escalation.directory.check-retry-every") Duration retryEvery) {
        this.republish = republish;
        this.enabled = enabled;
        this.retryEvery = retryEvery;
    }

    void start(@Observes StartupEvent started) {
        if (enabled) {
            thread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "escalation-directory-check"));
            thread.execute(this::check);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    private void check() {
        try {
            int published = republish.ifTopicNeverWritten();
            if (published > 0) {
                LOG.infof("directory.people was never written on this broker: %d people published again", published);
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not check directory.people (%s); again in %s", e.getMessage(), retryEvery);
            thread.schedule(this::check, retryEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
