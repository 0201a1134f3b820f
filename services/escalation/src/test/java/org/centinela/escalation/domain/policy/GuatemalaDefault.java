package org.centinela.escalation.domain.policy;

import static org.centinela.contracts.notification.Channel.EMAIL;
import static org.centinela.contracts.notification.Channel.SMS;
import static org.centinela.contracts.notification.Channel.VOICE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.signal.Grade;

/**
 * The example policy of contract §3, as a draft and as a policy. The draft leaves the brief rules to the levels'
 * positions: ON_CONTACT for the trusted contacts, ON_ACK for the protection unit.
 */
final class GuatemalaDefault {

    static final PolicyLevel TRUSTED_CONTACTS = new PolicyLevel("Trusted contacts",
            List.of(Target.parse("group:trusted-marta")), Set.of(SMS, VOICE), 1, Duration.ofMinutes(2),
            Duration.ofMinutes(1), BriefDisclosure.ON_CONTACT);

    static final PolicyLevel PROTECTION_UNIT = new PolicyLevel("Protection unit",
            List.of(Target.parse("group:unidad")), Set.of(SMS, EMAIL, VOICE), 2, Duration.ofMinutes(5), null,
            BriefDisclosure.ON_ACK);

    static final Map<Grade, Integer> START_LEVELS =
            Map.of(Grade.LOW, 1, Grade.ELEVATED, 1, Grade.HIGH, 1, Grade.CRITICAL, 2);

    private GuatemalaDefault() {
    }

    static EscalationPolicy policy() {
        return new EscalationPolicy("gt-default", "Guatemala default", List.of(TRUSTED_CONTACTS, PROTECTION_UNIT),
                START_LEVELS, 1);
    }

    static PolicyDraft.Level trustedContactsDraft() {
        return new PolicyDraft.Level("Trusted contacts", List.of("group:trusted-marta"), List.of("SMS", "VOICE"), 1,
                "PT2M", "PT1M");
    }

    static PolicyDraft.Level protectionUnitDraft() {
        return new PolicyDraft.Level("Protection unit", List.of("group:unidad"), List.of("SMS", "EMAIL", "VOICE"), 2,
                "PT5M", null);
    }

    static PolicyDraft draft() {
        return new PolicyDraft("Guatemala default", List.of(trustedContactsDraft(), protectionUnitDraft()),
                Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 2));
    }
}
