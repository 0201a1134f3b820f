package org.centinela.console.domain.network;

/**
 * A defender as escalation shows her to an operator: never a PIN, a code word or a device token, only whether
 * she has a code word and how many devices of her panic app are enrolled.
 *
 * @param alias        the name her network knows her by, "" for none (her network then knows her by her name)
 * @param organisation the organisation she works with, "" for none
 * @param baselineRisk 0..3, the risk she lives with before any signal
 * @param smsReplies   whether intake answers her SMS (a seized phone may be read)
 */
public record Defender(String id, String name, String alias, String organisation, String phone, String language,
        String country, String policyId, int baselineRisk, boolean smsReplies, boolean hasCodeWord, int devices) {

    public Defender {
        name = Responder.orEmpty(name);
        alias = Responder.orEmpty(alias);
        organisation = Responder.orEmpty(organisation);
        phone = Responder.orEmpty(phone);
        language = Responder.orEmpty(language);
        country = Responder.orEmpty(country);
        policyId = Responder.orEmpty(policyId);
    }

    @Override
    public String toString() {
        return "Defender[id=" + id + "]";
    }
}
