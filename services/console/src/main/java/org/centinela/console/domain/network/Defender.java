package org.centinela.console.domain.network;

import java.time.Instant;

/**
 * A defender as escalation shows her to an operator: never a PIN, a code word or a device token, only whether
 * she has each code word and how many devices of her panic app are enrolled.
 *
 * @param alias        the name her network knows her by, "" for none (her network then knows her by her name)
 * @param organisation the organisation she works with, "" for none
 * @param baselineRisk 0..3, the risk she lives with before any signal
 * @param smsReplies   whether intake answers her SMS (a seized phone may be read)
 * @param phoneSeized  "phone seized" mode: her phone may be in other hands, so nothing from it cancels anything
 * @param phoneSeizedSince since when, null when her phone is not marked seized
 * @param hasSeizedCodeWord whether she registered a code word that marks her phone seized from any phone
 */
public record Defender(String id, String name, String alias, String organisation, String phone, String language,
        String country, String policyId, int baselineRisk, boolean smsReplies, boolean hasCodeWord, int devices,
        boolean phoneSeized, Instant phoneSeizedSince, boolean hasSeizedCodeWord) {

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
