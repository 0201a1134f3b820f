package org.centinela.escalation.domain.directory;

import java.util.List;
import java.util.function.Predicate;
import org.centinela.contracts.sms.CodeWord;
import org.centinela.escalation.domain.policy.Violation;

/**
 * A defender as an operator wrote her (contract §3, {@code POST /api/v1/defenders}, and the edit of
 * {@code PUT /api/v1/defenders/{id}}), her secrets still in clear, every rule still to check. On an edit the
 * PINs may be left out (kept as they are), and a {@code codeWord} or {@code seizedCodeWord} of {@code ""} removes
 * that code word.
 *
 * @param smsReplies     null means yes
 * @param alias          the name her network knows her by; null or blank when she has none
 * @param organisation   her organisation; null or blank when none is recorded
 * @param seizedCodeWord the code word she texts, from any phone, to say hers was seized ("phone seized" mode); null
 *                       keeps hers on an edit
 */
public record DefenderDraft(String name, String phone, String language, String country, String policyId, String pin,
        String duressPin, String codeWord, Integer baselineRisk, Boolean smsReplies, String alias,
        String organisation, String seizedCodeWord) {

    /**
     * Her checked profile (phone in E.164, of {@code defaultRegion} when written without a country code), or
     * an {@link InvalidEntryException} with every violation, her secrets' included. {@code creating} requires
     * both PINs; {@code policyExists} tells whether {@code policyId} names a saved policy.
     */
    public Defender.Profile toProfile(String defaultRegion, boolean creating, Predicate<String> policyExists) {
        List<Violation> violations = EntryRules.list();
        EntryRules.name("name", name, violations);
        String knownAs = EntryRules.optionalText("alias", alias, EntryRules.MAX_ALIAS_LENGTH, violations);
        String worksWith = EntryRules.optionalText("organisation", organisation, EntryRules.MAX_NAME_LENGTH,
                violations);
        String e164 = EntryRules.phone(phone, defaultRegion, violations);
        EntryRules.language(language, violations);
        EntryRules.country(country, violations);
        if (policyId == null || policyId.isBlank()) {
            violations.add(Violation.of("policyId", "is required", "required"));
        } else {
            EntryRules.id("policyId", policyId, violations);
            if (EntryRules.isId(policyId) && !policyExists.test(policyId)) {
                violations.add(Violation.of("policyId", "names no policy", "unknown-policy", policyId));
            }
        }
        EntryRules.pin("pin", pin, creating, violations);
        EntryRules.pin("duressPin", duressPin, creating, violations);
        if (pin != null && pin.equals(duressPin)) {
            violations.add(Violation.of("duressPin", "must differ from pin", "duress-same-as-pin"));
        }
        EntryRules.codeWord("codeWord", codeWord, violations);
        EntryRules.codeWord("seizedCodeWord", seizedCodeWord, violations);
        if (given(codeWord) && given(seizedCodeWord)
                && CodeWord.normalise(codeWord).equals(CodeWord.normalise(seizedCodeWord))) {
            violations.add(Violation.of("seizedCodeWord", "must differ from codeWord", "seized-same-as-code-word"));
        }
        EntryRules.baselineRisk(baselineRisk, violations);
        InvalidEntryException.throwIfAny(violations);
        return new Defender.Profile(name.strip(), e164, language, country, policyId, baselineRisk,
                smsReplies == null || smsReplies, knownAs, worksWith);
    }

    /** Whether the draft removes her code word ({@code ""}). */
    public boolean removesCodeWord() {
        return codeWord != null && codeWord.isEmpty();
    }

    /** Whether the draft gives a code word. */
    public boolean hasCodeWord() {
        return given(codeWord);
    }

    /** Whether the draft removes her code word for a seized phone ({@code ""}). */
    public boolean removesSeizedCodeWord() {
        return seizedCodeWord != null && seizedCodeWord.isEmpty();
    }

    /** Whether the draft gives a code word for a seized phone. */
    public boolean hasSeizedCodeWord() {
        return given(seizedCodeWord);
    }

    private static boolean given(String word) {
        return word != null && !word.isEmpty();
    }

    @Override
    public String toString() {
        return "DefenderDraft[withheld]";
    }
}
