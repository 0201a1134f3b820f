package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.console.adapter.in.web.Rendering.ENGINE;

import java.util.List;
import java.util.Map;
import org.centinela.console.adapter.in.web.Rendering.Person;
import org.centinela.console.domain.network.Defender;
import org.centinela.console.domain.network.DefenderEntry;
import org.centinela.console.domain.network.EntryErrors;
import org.centinela.console.domain.network.EntryRefused;
import org.centinela.console.domain.network.PolicyChoice;
import org.centinela.console.domain.network.Responder;
import org.centinela.console.domain.network.ResponderGroup;
import org.centinela.console.domain.FieldProblem;
import org.junit.jupiter.api.Test;

/** The network pages' templates rendered with strict rendering, as the console renders them. */
class NetworkPagesRenderingTest {

    private static final Map<String, String> EN = new Texts().in("en");
    private static final Person OPERATOR = new Person(EN, true, false);
    private static final Defender MARTA = new Defender("d-1", "Marta Xol Caal", "Marta", "Colectiva Q'eqchi'",
            "+50255500011", "es", "GT", "gt-default", 2, true, true, 1);

    private static String responderForm(Responder responder, EntryErrors errors) {
        return ENGINE.getTemplate("networkResponder").data("me", OPERATOR).data("section", "responders")
                .data("responder", responder).data("channels", Responder.CHANNELS).data("errors", errors)
                .data("saved", false).render();
    }

    private static String defenderForm(Defender defender, DefenderEntry entry, EntryErrors errors, String token) {
        return ENGINE.getTemplate("networkDefender").data("me", OPERATOR).data("section", "defenders")
                .data("defender", defender).data("entry", entry)
                .data("policies", List.of(new PolicyChoice("gt-default", "Guatemala default"))).data("errors", errors)
                .data("saved", false).data("deviceToken", token).render();
    }

    @Test
    void aRefusedPhoneIsToldNextToItsInputAndWhatWasWrittenStays() {
        Responder written = new Responder(null, "Ana López", "12345", "", "quc", List.of("SMS", "VOICE"), "");
        EntryErrors errors = Refusals.onForm(new EntryRefused(false, "phone must be a valid phone number",
                List.of(new FieldProblem("phone", "phone must be a valid phone number, in E.164 (+502…) or of region GT"))),
                NetworkPages.RESPONDER_FIELDS, EN);

        String page = responderForm(written, errors);

        assertThat(page).contains("<label for=\"phone\">Phone</label>")
                .contains("id=\"phone\" name=\"phone\" value=\"12345\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"phone-error phone-hint\"")
                .contains("<p class=\"field-error\" id=\"phone-error\">must be a valid phone number, in E.164 (+502…) or of region GT</p>")
                .contains("<p>Not saved: check the fields marked.</p>")
                .contains("value=\"Ana López\"").contains("value=\"quc\" autocomplete=\"off\" list=\"languages\"")
                .contains("value=\"SMS\" id=\"channel-SMS\" checked").contains("value=\"VOICE\" id=\"channel-VOICE\" checked")
                .doesNotContain("value=\"EMAIL\" id=\"channel-EMAIL\" checked")
                .contains("action=\"/network/responders\"");
        assertThat(page.split("aria-invalid", -1)).as("only the phone is marked").hasSize(2);
    }

    @Test
    void theChannelsErrorIsToldToEveryCheckbox() {
        EntryErrors errors = EntryErrors.of(List.of(new FieldProblem("channels", "channels has EMAIL but there is no email")),
                NetworkPages.RESPONDER_FIELDS);

        String page = responderForm(new Responder("r-1", "Ana", "+50255501234", "", "es", List.of("EMAIL"), "ana"), errors);

        assertThat(page).contains("value=\"EMAIL\" id=\"channel-EMAIL\" checked aria-invalid=\"true\" aria-describedby=\"channels-error\"")
                .contains("<p class=\"field-error\" id=\"channels-error\">has EMAIL but there is no email</p>")
                .contains("action=\"/network/responders/r-1\"");
    }

    @Test
    void aDefendersSecretsAreNeverWrittenIntoThePage() {
        DefenderEntry typed = new PostedForm(Map.of("name", List.of("Marta"), "phone", List.of("+50255500011"),
                "language", List.of("es"), "country", List.of("GT"), "policyId", List.of("gt-default"),
                "baselineRisk", List.of("2"), "pin", List.of("4826"), "duressPin", List.of("4826"),
                "codeWord", List.of("girasol"))).defender();
        EntryErrors errors = EntryErrors.of(List.of(new FieldProblem("duressPin", "duressPin must differ from pin")),
                NetworkPages.DEFENDER_FIELDS);

        String page = defenderForm(MARTA, typed.withoutSecrets(), errors, "");

        assertThat(page).doesNotContain("4826").doesNotContain("girasol")
                .contains("type=\"password\" id=\"pin\" name=\"pin\" value=\"\"")
                .contains("type=\"password\" id=\"duressPin\" name=\"duressPin\" value=\"\"")
                .contains("<p class=\"field-error\" id=\"duressPin-error\">must differ from pin</p>")
                .contains("Never shown. Leave them empty to keep hers.")
                .contains("<option value=\"gt-default\" selected>Guatemala default (gt-default)</option>")
                .contains("<option value=\"2\" selected>")
                .contains("id=\"removeCodeWord\"").contains("id=\"enrol\"")
                .doesNotContain("id=\"device-token\"");
    }

    @Test
    void theNameHerNetworkKnowsHerByAndHerOrganisationAreHerFormsAndHerListsToo() {
        String form = defenderForm(MARTA, DefenderEntry.of(MARTA), EntryErrors.NONE, "");
        String list = ENGINE.getTemplate("networkDefenders").data("me", OPERATOR).data("section", "defenders")
                .data("search", "").data("items", List.of(MARTA)).data("next", "").data("first", "")
                .data("removed", false).render();
        EntryErrors tooLong = Refusals.onForm(new EntryRefused(false, "alias must be at most 100 characters",
                List.of(new FieldProblem("alias", "alias must be at most 100 characters", "too-long", List.of("100")))),
                NetworkPages.DEFENDER_FIELDS, EN);

        assertThat(form).contains("<label for=\"alias\">Name her network knows her by</label>")
                .contains("id=\"alias\" name=\"alias\" value=\"Marta\"")
                .contains("id=\"organisation\" name=\"organisation\" value=\"Colectiva Q&#39;eqchi&#39;\"");
        assertThat(list).contains("<a href=\"/network/defenders/d-1\">Marta Xol Caal</a> <span class=\"alias\">"
                + "(known as Marta)</span></td>\n  <td>Colectiva Q&#39;eqchi&#39;</td>");
        assertThat(defenderForm(MARTA, DefenderEntry.of(MARTA), tooLong, ""))
                .contains("<p class=\"field-error\" id=\"alias-error\">must be at most 100 characters</p>");
    }

    @Test
    void aNewDevicesTokenIsShownOnce() {
        String page = defenderForm(MARTA, DefenderEntry.of(MARTA), EntryErrors.NONE, "tok-5f2c");

        assertThat(page).contains("<code id=\"device-token\">tok-5f2c</code>")
                .contains("<strong id=\"devices\">1</strong>");
    }

    @Test
    void aNewDefenderHasNoDevicesNorCodeWordToRemove() {
        String page = defenderForm(null, DefenderEntry.blank(), EntryErrors.NONE, "");

        assertThat(page).contains("action=\"/network/defenders\"").contains("<option value=\"\" selected>")
                .doesNotContain("id=\"removeCodeWord\"").doesNotContain("id=\"enrol\"");
    }

    @Test
    void aGroupsMembersAreTickedAmongTheResponders() {
        String page = ENGINE.getTemplate("networkGroup").data("me", OPERATOR).data("section", "groups")
                .data("group", new ResponderGroup("unidad", "Protection unit", List.of("r-2"))).data("creating", false)
                .data("responders", List.of(new Responder("r-1", "Ana", "+50255501234", "", "es", List.of("SMS"), ""),
                        new Responder("r-2", "Luis", "+50255501235", "", "es", List.of("SMS"), "")))
                .data("errors", EntryErrors.NONE).data("saved", true).render();

        assertThat(page).contains("value=\"r-1\" id=\"member-r-1\">").contains("value=\"r-2\" id=\"member-r-2\" checked>")
                .contains("<code id=\"groupId\">group:unidad</code>").doesNotContain("name=\"groupId\"")
                .contains("<p class=\"notice\" role=\"status\" id=\"saved\">Saved.</p>");
    }

    @Test
    void aRecordIsRemovedOnlyAfterAQuestionOnAPageOfItsOwn() {
        String form = responderForm(new Responder("r-7", "Ana López", "+50255501234", "", "es", List.of("SMS"), ""),
                EntryErrors.NONE);
        String question = removal("");

        assertThat(form).contains("<a href=\"/network/responders/r-7/remove\" id=\"remove\">Remove from the network…</a>")
                .as("the form only links to the question").doesNotContain("action=\"/network/responders/r-7/remove\"");
        assertThat(responderForm(Responder.blank(), EntryErrors.NONE)).doesNotContain("id=\"remove\"");
        assertThat(question).contains("<h1 id=\"remove-title\">Remove from the network: Ana López</h1>")
                .contains("<p id=\"remove-question\">Remove this responder from the network?</p>")
                .contains("<form method=\"post\" action=\"/network/responders/r-7/remove\">")
                .contains("<a href=\"/network/responders/r-7\" id=\"cancel-remove\">Cancel</a>")
                .doesNotContain("id=\"remove-refused\"");
    }

    @Test
    void aRemovalEscalationRefusedSaysWhyAndTheListSaysWhenItWasDone() {
        String refused = removal("responder r-7 is still named by group unidad");
        String list = ENGINE.getTemplate("networkResponders").data("me", OPERATOR).data("section", "responders")
                .data("search", "").data("items", List.of()).data("next", "").data("first", "").data("removed", true)
                .render();

        assertThat(refused).contains("id=\"remove-refused\"")
                .contains("<p>Escalation did not remove it, because something still names it:</p>")
                .contains("<p>responder r-7 is still named by group unidad</p>");
        assertThat(list).contains("<p class=\"notice\" role=\"status\" id=\"removed\">Removed from the network.</p>");
    }

    private static String removal(String refused) {
        return ENGINE.getTemplate("networkRemove").data("me", OPERATOR).data("section", "responders").data("id", "r-7")
                .data("name", "Ana López").data("refused", refused).render();
    }

    @Test
    void theListKeepsItsSearchAndOnlyOperatorsAreShownTheNetwork() {
        String list = ENGINE.getTemplate("networkDefenders").data("me", OPERATOR).data("section", "defenders")
                .data("search", "Mar").data("items", List.of(MARTA))
                .data("next", "/network/defenders?search=Mar&offset=50").data("first", "").data("removed", false)
                .render();
        String auditorsBoard = ENGINE.getTemplate("error").data("me", new Person(EN, false, true)).data("status", 403)
                .data("message", "no").render();

        assertThat(list).contains("<label for=\"search\">Search by name</label>")
                .contains("id=\"search\" name=\"search\" value=\"Mar\"")
                .contains("<a href=\"/network/defenders/d-1\">Marta Xol Caal</a>")
                .contains("href=\"/network/defenders?search=Mar&amp;offset=50\" id=\"more\"")
                .contains("<a href=\"/network/defenders\" id=\"nav-network\">Network</a>")
                .contains("<a href=\"/network/defenders\" aria-current=\"page\">Defenders</a>");
        assertThat(auditorsBoard).doesNotContain("nav-network");
    }
}
