package org.centinela.escalation.domain.directory;

import java.util.List;
import java.util.Set;
import org.centinela.contracts.notification.Channel;
import org.centinela.escalation.domain.policy.Violation;

/** A responder as an operator wrote her (contract §3, {@code POST /api/v1/responders}), every rule still to check. */
public record ResponderDraft(String name, String phone, String email, String language, List<String> channels,
        String username) {

    /**
     * The responder {@code id}, her phone in E.164 (a number without country code is of {@code defaultRegion}),
     * or an {@link InvalidEntryException} with every violation.
     */
    public Responder toResponder(String id, String defaultRegion) {
        List<Violation> violations = EntryRules.list();
        EntryRules.name("name", name, violations);
        String e164 = EntryRules.phone(phone, defaultRegion, violations);
        String checkedEmail = EntryRules.email(email, violations);
        EntryRules.language(language, violations);
        Set<Channel> parsed = EntryRules.channels(channels, checkedEmail != null, violations);
        String checkedUsername = EntryRules.username(username, violations);
        InvalidEntryException.throwIfAny(violations);
        return new Responder(id, name.strip(), e164, checkedEmail, language, parsed, checkedUsername);
    }

    @Override
    public String toString() {
        return "ResponderDraft[withheld]";
    }
}
