package org.centinela.console.domain.network;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A defender as an operator wrote her in the form, her secrets in clear on their way to escalation, which keeps
 * only their hashes. A PIN, duress PIN or code word left empty is left out, so that an edit keeps hers (and a
 * new defender is refused for the missing PINs); {@code removeCodeWord} with no new code word removes hers, and
 * {@code removeSeizedCodeWord} her code word for a seized phone. An alias or organisation left empty is left out:
 * she has none.
 *
 * @param baselineRisk   "0".."3" as the form sent it
 * @param seizedCodeWord a word that, sent by SMS from any phone, marks her phone seized
 */
public record DefenderEntry(String name, String alias, String organisation, String phone, String language,
        String country, String policyId, String baselineRisk, boolean smsReplies, String pin, String duressPin,
        String codeWord, boolean removeCodeWord, String seizedCodeWord, boolean removeSeizedCodeWord) {

    public DefenderEntry {
        name = Responder.orEmpty(name);
        alias = Responder.orEmpty(alias);
        organisation = Responder.orEmpty(organisation);
        phone = Responder.orEmpty(phone);
        language = Responder.orEmpty(language);
        country = Responder.orEmpty(country);
        policyId = Responder.orEmpty(policyId);
        baselineRisk = Responder.orEmpty(baselineRisk);
        pin = Responder.orEmpty(pin);
        duressPin = Responder.orEmpty(duressPin);
        codeWord = Responder.orEmpty(codeWord);
        seizedCodeWord = Responder.orEmpty(seizedCodeWord);
    }

    /** A defender still to be written: Spanish, baseline risk 0, SMS replies on. */
    public static DefenderEntry blank() {
        return new DefenderEntry("", "", "", "", "es", "", "", "0", true, "", "", "", false, "", false);
    }

    /** Her form to edit: what escalation shows, with every secret empty (kept unless written again). */
    public static DefenderEntry of(Defender defender) {
        return new DefenderEntry(defender.name(), defender.alias(), defender.organisation(), defender.phone(),
                defender.language(), defender.country(), defender.policyId(), String.valueOf(defender.baselineRisk()),
                defender.smsReplies(), "", "", "", false, "", false);
    }

    /** The body of escalation's {@code POST /api/v1/defenders} and {@code PUT /api/v1/defenders/{id}}. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        if (!alias.isBlank()) {
            body.put("alias", alias);
        }
        if (!organisation.isBlank()) {
            body.put("organisation", organisation);
        }
        body.put("phone", phone);
        body.put("language", language);
        body.put("country", country);
        body.put("policyId", policyId);
        body.put("baselineRisk", risk());
        body.put("smsReplies", smsReplies);
        secret(body, "pin", pin, false);
        secret(body, "duressPin", duressPin, false);
        secret(body, "codeWord", codeWord, removeCodeWord);
        secret(body, "seizedCodeWord", seizedCodeWord, removeSeizedCodeWord);
        return body;
    }

    /** A secret as written; left out when empty (hers is kept), or sent empty to remove hers. */
    private static void secret(Map<String, Object> body, String field, String written, boolean remove) {
        if (!written.isEmpty()) {
            body.put(field, written);
        } else if (remove) {
            body.put(field, "");
        }
    }

    /** This entry as the form shows it again: the secrets she typed are never sent back to the browser. */
    public DefenderEntry withoutSecrets() {
        return new DefenderEntry(name, alias, organisation, phone, language, country, policyId, baselineRisk,
                smsReplies, "", "", "", removeCodeWord, "", removeSeizedCodeWord);
    }

    /** The baseline risk as a number; anything else is sent as missing, which escalation names. */
    private Integer risk() {
        try {
            return Integer.valueOf(baselineRisk.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "DefenderEntry[withheld]";
    }
}
