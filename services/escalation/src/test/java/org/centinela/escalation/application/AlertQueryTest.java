package org.centinela.escalation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.centinela.escalation.application.Caller.Part;
import org.junit.jupiter.api.Test;

class AlertQueryTest {

    @Test
    void aPageStartsAfterThePagesBeforeIt() {
        assertThat(new AlertQuery(null, null, null, 0, 20).offset()).isZero();
        assertThat(new AlertQuery(null, null, null, 3, 20).offset()).isEqualTo(60);
    }

    @Test
    void aBlankDefenderMeansAnyDefender() {
        assertThat(new AlertQuery(null, " ", null, 0, 20).defenderId()).isNull();
    }

    @Test
    void pagesAndSizesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new AlertQuery(null, null, null, -1, 20)).hasMessageContaining("page");
        assertThatThrownBy(() -> new AlertQuery(null, null, null, 0, 0)).hasMessageContaining("size");
        assertThatThrownBy(() -> new AlertQuery(null, null, null, 0, AlertQuery.MAX_SIZE + 1))
                .hasMessageContaining("size");
    }

    @Test
    void thereIsANextPageWhileAlertsRemainAfterThisOne() {
        assertThat(new AlertPage(List.of(), 41, 1, 20).hasNext()).isTrue();
        assertThat(new AlertPage(List.of(), 40, 1, 20).hasNext()).isFalse();
        assertThat(AlertPage.empty(new AlertQuery(null, null, null, 0, 20)).hasNext()).isFalse();
    }

    @Test
    void operatorsAndAuditorsReadEveryAlertAResponderOnlyHers() {
        assertThat(Caller.of("operadora", Part.OPERATOR).readsEveryAlert()).isTrue();
        assertThat(Caller.of("auditora", Part.AUDITOR).readsEveryAlert()).isTrue();
        assertThat(Caller.of("ana", Part.RESPONDER).readsEveryAlert()).isFalse();
        assertThat(new Caller("nadie", Set.of()).readsEveryAlert()).isFalse();
        assertThatThrownBy(() -> new Caller(" ", Set.of())).hasMessageContaining("username");
    }
}
