package org.centinela.escalation.application.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.escalation.Answers;
import org.centinela.escalation.adapter.in.web.Outboxed;
import org.centinela.escalation.application.ApplyResponse;
import org.centinela.escalation.application.KeepSignalDetails;
import org.centinela.escalation.application.People;
import org.centinela.escalation.application.PolicyStore;
import org.centinela.escalation.application.RaiseAlert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The tests of the alerts' briefs (a {@code @QuarkusTest} with the {@link EngineProfile}): before each, Marta's
 * network of its own ({@link BriefNetwork}) and the clock at {@link #T0}; after it, her network and the defenders a
 * test added are out of the directory again. What the use cases published is read from the outbox.
 */
public abstract class OnMartasNetwork {

    protected static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @Inject
    protected RaiseAlert raiseAlert;
    @Inject
    protected KeepSignalDetails keepDetails;
    @Inject
    protected ApplyResponse applyResponse;
    @Inject
    protected FakeNetwork network;
    @Inject
    protected SteppingClock clock;
    @Inject
    protected DataSource dataSource;
    @Inject
    FakePolicies policies;
    @Inject
    protected People people;
    @Inject
    PolicyStore policyStore;

    protected BriefNetwork marta;
    protected Outboxed outboxed;
    private final List<String> added = new ArrayList<>();

    @BeforeEach
    void martasNetwork() {
        clock.set(T0);
        marta = BriefNetwork.build(network, policies, people, policyStore, T0);
        outboxed = new Outboxed(dataSource);
    }

    @AfterEach
    void withoutItsPeople() {
        added.forEach(people::delete);
        marta.remove(people, policyStore);
    }

    /** A defender of Marta's policy named {@code name}, without an alias; her id. */
    protected String defender(String name) {
        String id = marta.defender(network, people, name, T0);
        added.add(id);
        return id;
    }

    /** The latest brief of alert {@code alertId} in the outbox; a tombstone fails the test. */
    protected AlertBrief latestBrief(UUID alertId) {
        List<AlertBrief> briefs = outboxed.events(Topics.ALERTS_BRIEFS, alertId.toString(), AlertBrief.class);
        assertThat(briefs).as("briefs of " + alertId).isNotEmpty().allMatch(Objects::nonNull);
        return briefs.get(briefs.size() - 1);
    }

    /** Responder {@code responderId}'s answer by SMS, now. */
    protected AlertResponse response(UUID alertId, String responderId, ResponseKind kind) {
        return Answers.of(UUID.randomUUID(), alertId, null, new Actor(ActorType.RESPONDER, responderId), kind,
                ResponseChannel.SMS, clock.instant());
    }
}
