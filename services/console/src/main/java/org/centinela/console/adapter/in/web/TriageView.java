package org.centinela.console.adapter.in.web;

import java.util.List;
import java.util.Set;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.Triage;
import org.centinela.console.domain.network.Defender;
import org.centinela.console.domain.network.EntryErrors;
import org.centinela.console.domain.network.PolicyChoice;

/**
 * What an operator decides with on an alert held for triage: the unknown sender's number (to call her back) and her
 * words, then three forms — attach it to a defender of the directory (found by part of her name, as in the network
 * pages), open it for someone not in the directory (a policy and the name her network will know her by), or dismiss
 * it with a reason — each with what she typed and, after escalation refused it, its reasons beside their inputs.
 *
 * @param search   the name searched for among the defenders, "" before any search
 * @param found    the defenders whose name has {@code search} (the first page)
 * @param typed    what she last sent, to show again after a refusal
 */
public record TriageView(String phone, String phoneHref, List<String> words, String search, List<Defender> found,
        List<PolicyChoice> policies, Triage typed, EntryErrors errors) {

    /** The inputs of the three forms, which escalation's refusals name (the JSON fields of its triage API). */
    static final Set<String> FIELDS = Set.of("defenderId", "policyId", "name", "reason");

    public TriageView {
        words = List.copyOf(words);
        found = List.copyOf(found);
        policies = List.copyOf(policies);
    }

    static TriageView of(AlertBrief brief, String search, List<Defender> found, List<PolicyChoice> policies,
            Triage typed, EntryErrors errors) {
        String phone = brief.defender().phone() == null ? "" : brief.defender().phone();
        List<String> words = brief.signals().stream().map(AlertBrief.Signal::text)
                .filter(text -> text != null && !text.isBlank()).toList();
        return new TriageView(phone, phone.isEmpty() ? "" : "tel:" + phone, words, search, found, policies, typed,
                errors);
    }

    /** Whether a search was made (its results, or that it found nobody, are shown). */
    public boolean searched() {
        return !search.isEmpty();
    }
}
