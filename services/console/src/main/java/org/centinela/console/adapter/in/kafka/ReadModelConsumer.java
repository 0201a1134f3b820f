package org.centinela.console.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.console.application.SignalAssessments;
import org.centinela.console.domain.SignalAssessment;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.inbound.Inbound;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The console's read model: {@code signals.assessed} (key: defenderId) keeps what risk-scoring said of each
 * signal, {@code alerts.lifecycle} (key: alertId) which signals opened or joined each alert. Taken off the topics
 * by {@link Inbound} like every other consumer: a record that is no valid event goes to the topic's dead-letter
 * topic, a database that fails or restarts is waited for (a valid event is never dead-lettered for it); writes are
 * idempotent, so a redelivery changes nothing.
 */
@ApplicationScoped
public class ReadModelConsumer {

    public static final String LIFECYCLE = "lifecycle-record";
    public static final String ASSESSED = "assessed-record";

    private final SignalAssessments assessments;
    private final Inbound inbound;

    public ReadModelConsumer(SignalAssessments assessments, Inbound inbound) {
        this.assessments = assessments;
        this.inbound = inbound;
    }

    @Incoming(ASSESSED)
    @Blocking
    public CompletionStage<Void> assessed(Message<byte[]> message) {
        return inbound.apply(ASSESSED, message, SignalAssessed.class, signal -> assessments.record(signal.defenderId(), signal.country(),
                new SignalAssessment(signal.signalId(), signal.type().name(), signal.receivedAt(), signal.score(),
                        signal.grade() == null ? null : signal.grade().name(),
                        signal.factors(),
                        signal.violenceType() == null ? null : signal.violenceType().name(),
                        signal.perpetratorType() == null ? null : signal.perpetratorType().name()),
                signal.triage(), signal.modelVersion()));
    }

    @Incoming(LIFECYCLE)
    @Blocking
    public CompletionStage<Void> lifecycle(Message<byte[]> message) {
        return inbound.apply(LIFECYCLE, message, AlertLifecycle.class, event -> {
            if (event.signalId() != null) {
                assessments.joined(event.alertId(), event.signalId(), event.at());
            }
        });
    }
}
