package org.centinela.console.adapter.in.web;

import java.util.List;
import java.util.Map;
import org.centinela.console.domain.Triage;
import org.centinela.console.domain.network.DefenderEntry;
import org.centinela.console.domain.network.Responder;
import org.centinela.console.domain.network.ResponderGroup;

/**
 * A form of the network pages as the browser posted it: each input's values by name, the names being the JSON
 * fields of escalation's API, so that what escalation says of {@code phone} lands next to the phone input.
 * Checkboxes send one value per ticked box, and nothing when none is ticked.
 */
record PostedForm(Map<String, List<String>> values) {

    PostedForm {
        values = Map.copyOf(FormText.readable(values));
    }

    /** The responder written in the form. */
    Responder responder(String id) {
        return new Responder(id, text("name"), text("phone"), text("email"), text("language"), ticked("channels"),
                text("username"));
    }

    /** The defender written in the form; her secrets as typed, only surrounding spaces dropped. */
    DefenderEntry defender() {
        return new DefenderEntry(text("name"), text("alias"), text("organisation"), text("phone"), text("language"),
                text("country"), text("policyId"), text("baselineRisk"), on("smsReplies"), text("pin"),
                text("duressPin"), text("codeWord"), on("removeCodeWord"), text("seizedCodeWord"),
                on("removeSeizedCodeWord"));
    }

    /**
     * An operator's decision on a held alert as the triage forms sent it: {@code action} (ATTACH, OPEN, DISMISS) and
     * its inputs; an action that is none of them is refused as a request that is not valid.
     */
    Triage triage() {
        return new Triage(Triage.Action.valueOf(text("action")), text("defenderId"), text("policyId"), text("name"),
                text("reason"));
    }

    /** The group written in the form; on a new group its id is an input too. */
    ResponderGroup group(String id) {
        return new ResponderGroup(id == null ? text("groupId") : id, text("name"), ticked("members"));
    }

    /** The first value of an input, without surrounding spaces; "" when it was not sent. */
    String text(String name) {
        List<String> sent = values.get(name);
        return sent == null || sent.isEmpty() || sent.get(0) == null ? "" : sent.get(0).strip();
    }

    /** The values of the ticked checkboxes of that name, in the order of the page. */
    List<String> ticked(String name) {
        List<String> sent = values.get(name);
        return sent == null ? List.of() : sent.stream().filter(value -> value != null && !value.isBlank()).distinct()
                .toList();
    }

    /** Whether a single checkbox was ticked. */
    boolean on(String name) {
        return !ticked(name).isEmpty();
    }
}
