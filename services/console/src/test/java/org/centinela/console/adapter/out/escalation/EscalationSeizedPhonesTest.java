package org.centinela.console.adapter.out.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centinela.console.domain.NotFound;
import org.centinela.console.domain.network.EntryRefused;
import org.junit.jupiter.api.Test;

/** What the console asks of escalation's {@code PUT /api/v1/defenders/{id}/phone-seized}. */
class EscalationSeizedPhonesTest {

    private static final String SEIZED = "PUT /api/v1/defenders/d-1/phone-seized";

    private final RecordedDirectoryApi escalation = new RecordedDirectoryApi();
    private final EscalationSeizedPhones phones = new EscalationSeizedPhones(escalation.api);

    @Test
    void markingHerPhoneSeizedPutsSeized() {
        phones.markSeized("d-1");

        assertThat(escalation.requests).containsExactly(SEIZED + " {seized=true}");
    }

    @Test
    void clearingItPutsNotSeizedWithHowSheWasVerified() {
        phones.clear("d-1", "called her sister's phone, she answered her security question");

        assertThat(escalation.requests).containsExactly(SEIZED
                + " {seized=false, verification=called her sister's phone, she answered her security question}");
    }

    @Test
    void aClearingEscalationRefusesIsARefusalAndSheWhomItDoesNotKnowIsNotFound() {
        escalation.refusing(SEIZED, 422);
        assertThatThrownBy(() -> phones.clear("d-1", "")).isInstanceOfSatisfying(EntryRefused.class,
                refused -> assertThat(refused.conflict()).isFalse());

        RecordedDirectoryApi unknown = new RecordedDirectoryApi().refusing(SEIZED, 404);
        assertThatThrownBy(() -> new EscalationSeizedPhones(unknown.api).markSeized("d-1"))
                .isInstanceOf(NotFound.class);
    }
}
