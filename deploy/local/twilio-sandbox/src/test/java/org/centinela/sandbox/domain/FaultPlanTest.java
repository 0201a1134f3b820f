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

        assertThat(plan.take(Channel.SMS)).contains(FaultMode.HTTP_500);
        assertThat(plan.take(Channel.VOICE)).contains(FaultMode.NO_ANSWER);
        assertThat(plan.take(Channel.SMS)).contains(FaultMode.HTTP_500);
        assertThat(plan.take(Channel.SMS)).contains(FaultMode.UNDELIVERED);
        assertThat(plan.take(Channel.SMS)).isEqualTo(Optional.empty());
        assertThat(plan.take(Channel.VOICE)).isEqualTo(Optional.empty());
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
        assertThat(plan.take(Channel.SMS)).isEmpty();
    }
}
