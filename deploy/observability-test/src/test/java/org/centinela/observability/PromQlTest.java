package org.centinela.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void aMetricInAnAggregationIsFoundButNotTheAggregationNorItsLabels() {
        assertThat(PromQl.metricNames("max by (job, instance, loop) (centinela_loop_seconds_since_pass) > 60"))
                .containsExactly("centinela_loop_seconds_since_pass");
    }

    @Test
    void labelMatchersRangesFunctionsAndNumbersAreNoMetrics() {
        assertThat(PromQl.metricNames("sum(increase(centinela_notification_deliveries_total{channel=\"SMS\","
                + " state=~\"DELIVERED|by\"}[10m])) == 0 and on () max(centinela_alerts_unacknowledged) > 1e3"))
                .containsExactly("centinela_alerts_unacknowledged", "centinela_notification_deliveries_total");
    }

    @Test
    void labelListsAfterTheExpressionAndBinaryKeywordsAreNoMetrics() {
        assertThat(PromQl.metricNames("sum(rate(http_server_requests_seconds_count[5m] offset 1h)) without (uri)"
                + " / ignoring (code) group_left (pod) up unless bool kube_pod_status_ready"))
                .containsExactly("http_server_requests_seconds_count", "kube_pod_status_ready", "up");
    }

    @Test
    void aMisspeltMetricIsFoundAsWritten() {
        assertThat(PromQl.metricNames("centinela_loop_seconds_since_pas > 60"))
                .containsExactly("centinela_loop_seconds_since_pas");
    }

    @Test
    void anUnbalancedExpressionIsRefused() {
        assertThatThrownBy(() -> PromQl.metricNames("up{job=\"x\"")).isInstanceOf(IllegalArgumentException.class);
    }
}
