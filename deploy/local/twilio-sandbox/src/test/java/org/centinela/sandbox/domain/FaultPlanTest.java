package org.centinela.sandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

    private final FaultPlan plan = new FaultPlan();

    @Test
    void faultsAreUsedUpInTheOrderPlannedOnlyByTheirChannel() {
        plan.add(Channel.SMS, FaultMode.HTTP_500, 2);
        plan.add(Channel.SMS, FaultMode.UNDELIVERED, 1);
        plan.add(Channel.VOICE, FaultMode.NO_ANSWER, 1);

        assertThat(plan.take(Channel.SMS, "+50255510001")).contains(FaultMode.HTTP_500);
        assertThat(plan.take(Channel.VOICE, "+50255510001")).contains(FaultMode.NO_ANSWER);
        assertThat(plan.take(Channel.SMS, "+50255510001")).contains(FaultMode.HTTP_500);
        assertThat(plan.take(Channel.SMS, "+50255510001")).contains(FaultMode.UNDELIVERED);
        assertThat(plan.take(Channel.SMS, "+50255510001")).isEqualTo(Optional.empty());
        assertThat(plan.take(Channel.VOICE, "+50255510001")).isEqualTo(Optional.empty());
    }

    @Test
    void anSmsIsNeverUnansweredAndACountIsPositive() {
        assertThatThrownBy(() -> plan.add(Channel.SMS, FaultMode.NO_ANSWER, 1)).hasMessageContaining("VOICE");
        assertThatThrownBy(() -> plan.add(Channel.VOICE, FaultMode.TIMEOUT, 0)).hasMessageContaining("count");
    }

    @Test
    void clearForgetsEveryPlannedFault() {
        plan.add(Channel.SMS, FaultMode.TIMEOUT, 5);
        plan.clear();
        assertThat(plan.take(Channel.SMS, "+50255510001")).isEmpty();
    }

    @Test
    void aFaultForOneNumberIsLeftForItWhileOthersAreServed() {
        plan.add(Channel.SMS, FaultMode.UNDELIVERED, 1, "+50255510002");

        assertThat(plan.take(Channel.SMS, "+50255510001")).isEmpty();
        assertThat(plan.take(Channel.SMS, "+50255510002")).contains(FaultMode.UNDELIVERED);
        assertThat(plan.take(Channel.SMS, "+50255510002")).isEmpty();
    }

    @Test
    void aFaultForOneNumberDoesNotHoldBackAFaultForAnyNumberPlannedAfterIt() {
        plan.add(Channel.VOICE, FaultMode.NO_ANSWER, 1, "+50255510002");
        plan.add(Channel.VOICE, FaultMode.HTTP_500, 1);

        assertThat(plan.take(Channel.VOICE, "+50255510001")).contains(FaultMode.HTTP_500);
        assertThat(plan.take(Channel.VOICE, "+50255510002")).contains(FaultMode.NO_ANSWER);
    }
}
