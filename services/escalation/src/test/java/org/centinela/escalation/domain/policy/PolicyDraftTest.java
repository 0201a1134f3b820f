package org.centinela.escalation.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centinela.contracts.alert.BriefDisclosure;
import org.junit.jupiter.api.Test;

class PolicyDraftTest {

    @Test
    void theContractsExampleBecomesThePolicy() {
        assertThat(GuatemalaDefault.draft().toPolicy("gt-default", 1)).isEqualTo(GuatemalaDefault.policy());
    }

    @Test
    void reportsEverythingWrongAcrossLevelsAtOnce() {
        Map<String, Integer> starts = new LinkedHashMap<>();
        starts.put("LOW", 1);
        starts.put("URGENT", 1);
        starts.put("HIGH", 1);
        starts.put("CRITICAL", 3);
        PolicyDraft draft = new PolicyDraft(" ", Arrays.asList(
                new PolicyDraft.Level("Trusted contacts", List.of("group:trusted-marta", "x"), List.of("SMS", "FAX"), 1,
                        "2 minutes", "PT1M"),
                null,
                new PolicyDraft.Level("", List.of(), List.of(), 0, "PT0S", "PT-5S"),
                new PolicyDraft.Level("Unit", List.of("group:unidad"), List.of("EMAIL"), null, null, null)), starts);

        InvalidPolicyException refused = catchThrowableOfType(InvalidPolicyException.class, () -> draft.toPolicy("gt", 1));

        assertThat(refused.violations()).extracting(Violation::message).containsExactly(
                "levels[0].targets[1] must be group:<id> or responder:<id>, was 'x'",
                "levels[0].channels[1] must be one of SMS, VOICE, EMAIL, was 'FAX'",
                "levels[0].escalateAfter must be an ISO-8601 duration such as PT2M or PT5S, was '2 minutes'",
                "levels[2].name must not be blank",
                "levels[2].targets must not be empty",
                "levels[2].channels must not be empty",
                "levels[2].quorum must be at least 1, was 0",
                "levels[2].escalateAfter must be positive, was PT0S",
                "levels[2].repeatEvery must be positive, was PT-5S",
                "levels[3].quorum is required",
                "levels[3].escalateAfter is required",
                "startLevelByGrade.URGENT is not a grade: LOW, ELEVATED, HIGH, CRITICAL",
                "name must not be blank",
                "levels[1] must not be null",
                "startLevelByGrade must give a level for every grade: LOW, ELEVATED, HIGH, CRITICAL");
        assertThat(refused.violations()).extracting(Violation::field).contains(
                "levels[0].targets[1]", "levels[0].channels[1]", "levels[2].quorum", "startLevelByGrade.URGENT");
        assertThat(refused.violations()).extracting(Violation::code, Violation::args).containsExactly(
                tuple("not-a-target", List.of("x")),
                tuple("not-one-of", List.of("SMS, VOICE, EMAIL", "FAX")),
                tuple("not-a-duration", List.of("2 minutes")),
                tuple("blank", List.of()),
                tuple("empty", List.of()),
                tuple("empty", List.of()),
                tuple("too-small", List.of("1", "0")),
                tuple("not-positive", List.of("PT0S")),
                tuple("not-positive", List.of("PT-5S")),
                tuple("required", List.of()),
                tuple("required", List.of()),
                tuple("not-a-grade", List.of("LOW, ELEVATED, HIGH, CRITICAL")),
                tuple("blank", List.of()),
                tuple("null-element", List.of()),
                tuple("missing-grades", List.of("LOW, ELEVATED, HIGH, CRITICAL")));
        assertThat(refused.getMessage()).startsWith(
                "levels[0].targets[1] must be group:<id> or responder:<id>, was 'x'; levels[0].channels[1] must be");
    }

    @Test
    void checksStartLevelsAgainstTheLevelsWritten() {
        PolicyDraft draft = new PolicyDraft("Guatemala default",
                List.of(GuatemalaDefault.trustedContactsDraft(), GuatemalaDefault.protectionUnitDraft()),
                Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 3));

        InvalidPolicyException refused = catchThrowableOfType(InvalidPolicyException.class, () -> draft.toPolicy("gt", 1));

        assertThat(refused).hasMessage("startLevelByGrade.CRITICAL must be a level 1..2, was 3");
        assertThat(refused.violations()).extracting(Violation::code, Violation::args)
                .containsExactly(tuple("out-of-range", List.of("1", "2", "3")));
    }

    @Test
    void aBriefRuleThatIsNoneOfTheThreeIsRefusedNamingItsLevel() {
        PolicyDraft draft = new PolicyDraft("Guatemala default", List.of(
                new PolicyDraft.Level("Trusted contacts", List.of("group:trusted-marta"), List.of("SMS"), 1, "PT2M",
                        null, "ON_CONTACT"),
                new PolicyDraft.Level("Protection unit", List.of("group:unidad"), List.of("SMS"), 1, "PT5M", null,
                        "ALWAYS"),
                new PolicyDraft.Level("Allies", List.of("group:aliadas"), List.of("SMS"), 1, "PT5M", null, "on_ack")),
                Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 2));

        InvalidPolicyException refused = catchThrowableOfType(InvalidPolicyException.class,
                () -> draft.toPolicy("gt", 1));

        assertThat(refused.violations()).extracting(Violation::field, Violation::message, Violation::code,
                Violation::args).containsExactly(
                        tuple("levels[1].brief",
                                "levels[1].brief must be one of ON_CONTACT, ON_ACK, NEVER, was 'ALWAYS'",
                                "not-one-of", List.of("ON_CONTACT, ON_ACK, NEVER", "ALWAYS")),
                        tuple("levels[2].brief",
                                "levels[2].brief must be one of ON_CONTACT, ON_ACK, NEVER, was 'on_ack'",
                                "not-one-of", List.of("ON_CONTACT, ON_ACK, NEVER", "on_ack")));
    }

    @Test
    void aBriefRuleLeftOutIsTheDefaultOfItsLevelsPosition() {
        PolicyDraft draft = new PolicyDraft("Guatemala default", List.of(
                new PolicyDraft.Level("Trusted contacts", List.of("group:trusted-marta"), List.of("SMS"), 1, "PT2M",
                        null),
                new PolicyDraft.Level("Protection unit", List.of("group:unidad"), List.of("SMS"), 1, "PT5M", null,
                        "NEVER"),
                new PolicyDraft.Level("Allies", List.of("group:aliadas"), List.of("SMS"), 1, "PT5M", null, null),
                new PolicyDraft.Level("Everyone", List.of("group:todas"), List.of("SMS"), 1, "PT5M", null,
                        "ON_CONTACT")),
                Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 2));

        assertThat(draft.toPolicy("gt", 1).levels()).extracting(PolicyLevel::brief).containsExactly(
                BriefDisclosure.ON_CONTACT, BriefDisclosure.NEVER, BriefDisclosure.ON_ACK, BriefDisclosure.ON_CONTACT);
    }

    @Test
    void whoMayEndItsAlertsIsReadAndLeftOutIsQuorum() {
        PolicyDraft written = GuatemalaDefault.draft();

        assertThat(written.toPolicy("gt", 1).resolveBy()).isEqualTo(ResolveBy.QUORUM);
        assertThat(Arrays.stream(ResolveBy.values()).map(rule -> new PolicyDraft(written.name(), written.levels(),
                written.startLevelByGrade(), rule.name()).toPolicy("gt", 1).resolveBy()))
                .containsExactly(ResolveBy.ANY_RESPONDER, ResolveBy.QUORUM, ResolveBy.OPERATOR);
    }

    @Test
    void whoMayEndItsAlertsThatIsNoneOfTheThreeIsRefusedWithTheOtherViolations() {
        PolicyDraft written = GuatemalaDefault.draft();
        PolicyDraft draft = new PolicyDraft(" ", written.levels(), written.startLevelByGrade(), "quorum");

        InvalidPolicyException refused = catchThrowableOfType(InvalidPolicyException.class,
                () -> draft.toPolicy("gt", 1));

        assertThat(refused.violations()).extracting(Violation::field, Violation::message, Violation::code,
                Violation::args).containsExactlyInAnyOrder(
                        tuple("name", "name must not be blank", "blank", List.of()),
                        tuple("resolveBy", "resolveBy must be one of ANY_RESPONDER, QUORUM, OPERATOR, was 'quorum'",
                                "not-one-of", List.of("ANY_RESPONDER, QUORUM, OPERATOR", "quorum")));
    }

    @Test
    void acceptsDrillDurationsInSeconds() {
        PolicyDraft draft = new PolicyDraft("Drill",
                List.of(new PolicyDraft.Level("Drill", List.of("responder:ana"), List.of("SMS"), 1, "PT5S", "PT2S")),
                Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 1));

        EscalationPolicy policy = draft.toPolicy("drill", 1);

        assertThat(policy.level(1).escalateAfter()).hasSeconds(5);
        assertThat(policy.level(1).repeatEvery()).hasSeconds(2);
    }
}
