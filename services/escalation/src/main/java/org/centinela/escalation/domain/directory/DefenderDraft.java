package org.centinela.escalation.domain.directory;

import java.util.List;
import java.util.function.Predicate;
import org.centinela.escalation.domain.policy.Violation;

/**
 * A defender as an operator wrote her (contract §3, {@code POST /api/v1/defenders}, and the edit of
 * {@code PUT /api/v1/defenders/{id}}), her secrets still in clear, every rule still to check. On an edit the
 * PINs may be left out (kept as they are), and a {@code codeWord} of {@code ""} removes her code word.
 *
 * @param smsReplies   null means yes
 * @param alias        the name her network knows her by; null or blank when she has none
 * @param organisation her organisation; null or blank when none is recorded
 */
public record DefenderDraft(String name, String phone, String language, String country, String policyId, String pin,
        String duressPin, String codeWord, Integer baselineRisk, Boolean smsReplies, String alias,
        String organisation) {

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
        EntryRules.codeWord(codeWord, violations);
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
        return codeWord != null && !codeWord.isEmpty();
    }

    @Override
    public String toString() {
        return "DefenderDraft[withheld]";
    }
}
