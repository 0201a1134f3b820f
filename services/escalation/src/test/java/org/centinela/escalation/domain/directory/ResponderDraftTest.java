package org.centinela.escalation.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.centinela.contracts.notification.Channel;
import org.centinela.escalation.domain.policy.Violation;
import org.junit.jupiter.api.Test;

class ResponderDraftTest {

    @Test
    void aLocalNumberBecomesE164OfTheDefaultRegion() {
        Responder ana = new ResponderDraft(" Ana López ", "5512 3456", null, "es", List.of("VOICE", "SMS"), "ana")
                .toResponder("r-1", "GT");

        assertThat(ana.phone()).isEqualTo("+50255123456");
        assertThat(ana.name()).isEqualTo("Ana López");
        assertThat(ana.channels()).containsExactly(Channel.SMS, Channel.VOICE);
        assertThat(ana.email()).isNull();
        assertThat(ana.toString()).doesNotContain("Ana").doesNotContain("5512");
    }

    @Test
    void aNumberWithItsCountryCodeKeepsItsCountry() {
        assertThat(new ResponderDraft("Eve", "+52 55 1234 5678", null, "es", List.of("SMS"), null)
                .toResponder("r-2", "GT").phone()).isEqualTo("+525512345678");
    }

    @Test
    void everyViolationIsReportedAtOnceWithoutItsValue() {
        assertThatThrownBy(() -> new ResponderDraft(null, "+502 5512", "ana@", "spanish", List.of("EMAIL", "EMAIL"),
                "a b").toResponder("r-3", "GT"))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused -> {
                    assertThat(refused.violations()).extracting(Violation::field)
                            .containsExactly("name", "phone", "email", "language", "channels[1]", "username");
                    assertThat(refused.getMessage()).doesNotContain("5512").doesNotContain("ana@");
                });
    }

    @Test
    void emailAsAChannelNeedsAnAddressAndChannelsAreRequired() {
        assertThatThrownBy(() -> new ResponderDraft("Ana", "+50255123456", " ", "es", List.of("EMAIL"), null)
                .toResponder("r-4", "GT"))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field).containsExactly("channels"));
        assertThatThrownBy(() -> new ResponderDraft("Ana", "+50255123456", null, "es", List.of(), null)
                .toResponder("r-4", "GT"))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field).containsExactly("channels"));
    }
}
