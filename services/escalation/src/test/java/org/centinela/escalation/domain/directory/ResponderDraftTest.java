package org.centinela.escalation.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
                    assertThat(refused.violations()).extracting(Violation::code, Violation::args).containsExactly(
                            tuple("blank", List.of()),
                            tuple("not-a-phone", List.of("GT")),
                            tuple("not-an-email", List.of()),
                            tuple("not-a-language", List.of()),
                            tuple("repeated", List.of()),
                            tuple("not-a-username", List.of()));
                    assertThat(refused.getMessage()).doesNotContain("5512").doesNotContain("ana@");
                });
    }

    @Test
    void emailAsAChannelNeedsAnAddressAndChannelsAreRequired() {
        assertThatThrownBy(() -> new ResponderDraft("Ana", "+50255123456", " ", "es", List.of("EMAIL"), null)
                .toResponder("r-4", "GT"))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                .containsExactly(tuple("channels", "email-channel-without-email", List.of())));
        assertThatThrownBy(() -> new ResponderDraft("Ana", "+50255123456", null, "es", List.of(), null)
                .toResponder("r-4", "GT"))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                .containsExactly(tuple("channels", "empty", List.of())));
    }

    @Test
    void anUnknownChannelATooLongNameAndAMissingPhoneOrLanguageAreNamedByTheirRules() {
        assertThatThrownBy(() -> new ResponderDraft("n".repeat(201), null, null, " ", List.of("SMS", "FAX"), null)
                .toResponder("r-5", "GT"))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused -> {
                    assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                            .containsExactly(
                                    tuple("name", "too-long", List.of("200")),
                                    tuple("phone", "required", List.of()),
                                    tuple("language", "required", List.of()),
                                    tuple("channels[1]", "not-one-of", List.of("SMS, VOICE, EMAIL")));
                    assertThat(refused.violations()).extracting(Violation::message)
                            .contains("name must be at most 200 characters", "channels[1] must be one of SMS, VOICE, EMAIL");
                });
    }
}
