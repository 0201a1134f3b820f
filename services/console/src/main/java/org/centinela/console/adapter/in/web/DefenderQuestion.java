package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import org.centinela.console.application.NetworkDirectory;

/**
 * The question an operator answers before an action on a defender that cannot be taken back (revoking devices,
 * marking her phone seized), on a page of its own: what it does, a button that posts it, and a way back to her.
 */
@RequestScoped
public class DefenderQuestion {

    private final Template defenderQuestion;
    private final NetworkDirectory directory;
    private final SignedIn me;

    public DefenderQuestion(Template defenderQuestion, NetworkDirectory directory, SignedIn me) {
        this.defenderQuestion = defenderQuestion;
        this.directory = directory;
        this.me = me;
    }

    /**
     * @param question the words asked ({@code netAsk.<question>} and its hint and button), one of revokeDevice,
     *                 revokeDevices, markSeized
     * @param device   the device it is about, "" for none
     * @param action   where the answer is posted
     */
    TemplateInstance ask(String defenderId, String question, String device, String action) {
        return defenderQuestion.data("me", me).data("section", "defenders").data("id", defenderId)
                .data("name", directory.defender(defenderId).name()).data("question", question)
                .data("device", device).data("action", action);
    }
}
