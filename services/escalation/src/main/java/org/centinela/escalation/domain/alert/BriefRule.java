package org.centinela.escalation.domain.alert;

import java.util.List;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.escalation.domain.policy.EscalationPolicy;

/**
 * The disclosure rule of a policy level as the engine applies it: who is sent an alert's brief, with which
 * message, and who may read it.
 * <ul>
 *   <li>ON_CONTACT: the messages that call her to act carry the brief (a call says her name and place, an
 *       e-mail the whole brief), and her first contact adds the brief by SMS when SMS is among its channels.</li>
 *   <li>ON_ACK: a call says it once she pressed 1; once she acknowledged, the brief goes to her SMS and e-mail
 *       among the channels of her level (else her first channel that is no call).</li>
 *   <li>NEVER: nothing. Operators on duty, once paged, are under ON_CONTACT.</li>
 * </ul>
 */
final class BriefRule {

    private BriefRule() {
    }

    /** The rule {@code recipient} is under: her level's, or ON_CONTACT once paged as an operator on duty. */
    static BriefDisclosure of(Recipient recipient, EscalationPolicy policy) {
        if (recipient.paged() || recipient.homeLevel() == 0) {
            return BriefDisclosure.ON_CONTACT;
        }
        return policy == null ? BriefDisclosure.NEVER : policy.level(recipient.homeLevel()).brief();
    }

    /** Whether someone under {@code rule} may know the brief: at once, once she acknowledged, or never. */
    static boolean discloses(BriefDisclosure rule, boolean acknowledged) {
        return rule == BriefDisclosure.ON_CONTACT || rule == BriefDisclosure.ON_ACK && acknowledged;
    }

    /**
     * The rule a message of {@code purpose} to someone under {@code rule} names: the messages that call her to act
     * and the brief itself name hers; any other message carries none (NEVER).
     */
    static BriefDisclosure named(NotificationPurpose purpose, BriefDisclosure rule) {
        return purpose.asksForAnswer() || purpose.isBrief() ? rule : BriefDisclosure.NEVER;
    }

    /** Whether the first contact of someone under {@code rule} on {@code channels} adds the brief by SMS. */
    static boolean briefWithFirstContact(NotificationPurpose purpose, BriefDisclosure rule, List<Channel> channels) {
        boolean first = purpose == NotificationPurpose.ALERT || purpose == NotificationPurpose.ESCALATION
                || purpose == NotificationPurpose.OPERATOR_PAGE;
        return first && rule == BriefDisclosure.ON_CONTACT && channels.contains(Channel.SMS);
    }

    /**
     * Where the brief goes when she acknowledged under ON_ACK: SMS and EMAIL among {@code chosen} (the channels of
     * her level she has), else the first of {@code usable} (hers that did not fail) that is no call.
     */
    static List<Channel> onAcknowledgement(List<Channel> chosen, List<Channel> usable) {
        List<Channel> written = chosen.stream().filter(channel -> channel != Channel.VOICE).toList();
        if (!written.isEmpty()) {
            return written;
        }
        return usable.stream().filter(channel -> channel != Channel.VOICE).findFirst().map(List::of).orElse(List.of());
    }

    /**
     * Whether {@code status} of a message that carries the brief means it reached her: her provider took the SMS or
     * e-mail (QUEUED, SENT, DELIVERED), she answered the call (ANSWERED).
     */
    static boolean reached(Channel channel, DeliveryStatus status) {
        if (channel == Channel.VOICE) {
            return status == DeliveryStatus.ANSWERED;
        }
        return status == DeliveryStatus.QUEUED || status == DeliveryStatus.SENT || status == DeliveryStatus.DELIVERED;
    }
}
