package org.centinela.escalation.domain.response;

import java.util.Optional;
import java.util.Set;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseProof;

/**
 * Whether a response's proof fits what it claims: who may have checked it, how, on which channel, for whom. The
 * seal (that the named issuer really sealed it) is checked apart, with the issuers' keys; this is the rule that a
 * sealed proof must also follow:
 * <ul>
 * <li>{@value #INTAKE} proves an SMS reply by a signed Twilio webhook from her registered phone
 *     ({@link ProofMethod#TWILIO_SIGNATURE}, channel SMS);</li>
 * <li>{@value #NOTIFICATION} proves a keypress the same way (channel VOICE), and an e-mail's ack link or a brief
 *     page's button by its signed link ({@link ProofMethod#ACK_LINK}, channel EMAIL or LINK);</li>
 * <li>both speak only for a responder, the person the phone or link was sent to (the subject is her id): a phone
 *     proves a person, never an operator's login;</li>
 * <li>{@value #ESCALATION}'s API proves a Keycloak token ({@link ProofMethod#BEARER_TOKEN}, channel API or
 *     CONSOLE), the only way an operator speaks: the subject is her user name, which is the actor's id.</li>
 * </ul>
 */
public final class ResponseTrust {

    public static final String INTAKE = "intake";
    public static final String NOTIFICATION = "notification";
    public static final String ESCALATION = "escalation";

    private static final Set<ResponseChannel> LINKS = Set.of(ResponseChannel.EMAIL, ResponseChannel.LINK);
    private static final Set<ResponseChannel> LOGGED_IN = Set.of(ResponseChannel.API, ResponseChannel.CONSOLE);

    private ResponseTrust() {
    }

    /** Why {@code response}'s proof does not fit it, in a sentence for the record; empty when it does. */
    public static Optional<String> refusal(AlertResponse response) {
        ResponseProof proof = response.proof();
        ActorType actor = response.actor().type();
        boolean forThePerson = proof.subject().equals(response.actor().id());
        return switch (proof.issuer()) {
            case INTAKE -> fromAPhoneOrLink(proof.method() == ProofMethod.TWILIO_SIGNATURE
                    && response.channel() == ResponseChannel.SMS, actor, forThePerson, response);
            case NOTIFICATION -> fromAPhoneOrLink(proof.method() == ProofMethod.TWILIO_SIGNATURE
                    && response.channel() == ResponseChannel.VOICE
                    || proof.method() == ProofMethod.ACK_LINK && LINKS.contains(response.channel()),
                    actor, forThePerson, response);
            case ESCALATION -> proof.method() != ProofMethod.BEARER_TOKEN || !LOGGED_IN.contains(response.channel())
                    ? refused(response)
                    : actor == ActorType.OPERATOR && !forThePerson
                            ? Optional.of("an operator's answer whose token names someone else")
                            : Optional.empty();
            default -> Optional.of("a proof from " + proof.issuer() + ", which proves no answers");
        };
    }

    private static Optional<String> fromAPhoneOrLink(boolean fits, ActorType actor, boolean forThePerson,
            AlertResponse response) {
        if (!fits) {
            return refused(response);
        }
        if (actor == ActorType.OPERATOR) {
            return Optional.of("an operator's answer from a phone or a link: an operator answers logged in");
        }
        return forThePerson ? Optional.empty() : Optional.of("a proof for someone other than who answered");
    }

    private static Optional<String> refused(AlertResponse response) {
        ResponseProof proof = response.proof();
        return Optional.of("a " + proof.method() + " proof from " + proof.issuer() + " for an answer by "
                + response.channel());
    }
}
