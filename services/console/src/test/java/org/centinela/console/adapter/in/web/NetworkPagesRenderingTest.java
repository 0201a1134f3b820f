package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.console.adapter.in.web.Rendering.ENGINE;

import io.quarkus.qute.TemplateInstance;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.centinela.console.adapter.in.web.Rendering.Person;
import org.centinela.console.domain.network.Defender;
import org.centinela.console.domain.network.DefenderEntry;
import org.centinela.console.domain.network.Device;
import org.centinela.console.domain.network.EnrolledDevice;
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
            "+50255500011", "es", "GT", "gt-default", 2, true, true, 1, false, null, false);
    /** Marta once her phone is marked seized, with a code word that marks it so. */
    private static final Defender SEIZED = new Defender("d-1", "Marta Xol Caal", "Marta", "Colectiva Q'eqchi'",
            "+50255500011", "es", "GT", "gt-default", 2, true, true, 0, true, Instant.parse("2026-12-07T10:04:00Z"),
            true);
    private static final Device USED = new Device("0b6f9a52-1d2e-4f3a-8b4c-5d6e7f8a9b0c",
            Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-07T10:00:00Z"));
    private static final Device NEVER_USED = new Device("1c7a0b63-2e3f-4a5b-9c6d-7e8f9a0b1c2d",
            Instant.parse("2026-12-05T16:30:00Z"), null);

    private static String responderForm(Responder responder, EntryErrors errors) {
        return ENGINE.getTemplate("networkResponder").data("me", OPERATOR).data("section", "responders")
                .data("responder", responder).data("channels", Responder.CHANNELS).data("errors", errors)
                .data("saved", false).render();
    }

    /** Her page as the console fills it: her form, her devices, her phone; nothing done or refused yet. */
    private static TemplateInstance defenderPage(Defender defender, DefenderEntry entry, EntryErrors errors,
            List<Device> devices) {
        return DefenderPage.fill(ENGINE.getTemplate("networkDefender").data("me", OPERATOR), defender, entry,
                List.of(new PolicyChoice("gt-default", "Guatemala default")), errors, devices);
    }

    private static String defenderForm(Defender defender, DefenderEntry entry, EntryErrors errors) {
        return defenderPage(defender, entry, errors, List.of()).render();
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

        String page = defenderForm(MARTA, typed.withoutSecrets(), errors);

        assertThat(page).doesNotContain("4826").doesNotContain("girasol")
                .contains("type=\"password\" id=\"pin\" name=\"pin\" value=\"\"")
                .contains("type=\"password\" id=\"duressPin\" name=\"duressPin\" value=\"\"")
                .contains("<p class=\"field-error\" id=\"duressPin-error\">must differ from pin</p>")
                .contains("Never shown. Leave them empty to keep hers.")
                .contains("<option value=\"gt-default\" selected>Guatemala default (gt-default)</option>")
                .contains("<option value=\"2\" selected>")
                .contains("id=\"removeCodeWord\"").contains("id=\"enrol\"")
                .doesNotContain("id=\"device-token\"").doesNotContain("id=\"device-id\"");
    }

    @Test
    void theNameHerNetworkKnowsHerByAndHerOrganisationAreHerFormsAndHerListsToo() {
        String form = defenderForm(MARTA, DefenderEntry.of(MARTA), EntryErrors.NONE);
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
        assertThat(defenderForm(MARTA, DefenderEntry.of(MARTA), tooLong))
                .contains("<p class=\"field-error\" id=\"alias-error\">must be at most 100 characters</p>");
    }

    @Test
    void aNewDevicesIdAndTokenAreShownOnceAndTheListHasIt() {
        String page = defenderPage(MARTA, DefenderEntry.of(MARTA), EntryErrors.NONE, List.of(USED))
                .data("enrolled", new EnrolledDevice(USED.id(), "tok-5f2c")).render();

        assertThat(page).contains("<code id=\"device-token\">tok-5f2c</code>")
                .contains("<p>Device <code id=\"device-id\">" + USED.id() + "</code></p>")
                .contains("<tr data-device=\"" + USED.id() + "\">")
                .as("enrolled or refused, her page opens at her devices")
                .contains("<form method=\"post\" action=\"/network/defenders/d-1/devices#devices-title\">");
        assertThat(page.indexOf("id=\"device-token\"")).as("with her devices")
                .isGreaterThan(page.indexOf("id=\"devices-title\"")).isLessThan(page.indexOf("id=\"device-list\""));
    }

    @Test
    void herDevicesAreListedWithWhenEachWasEnrolledAndLastUsedAndEachIsRevokedAfterAQuestion() {
        String page = defenderPage(MARTA, DefenderEntry.of(MARTA), EntryErrors.NONE, List.of(USED, NEVER_USED))
                .render();

        assertThat(page).contains("<td><code title=\"" + USED.id() + "\">0b6f9a52</code></td>")
                .contains("<td><time datetime=\"2026-12-01T09:00:00Z\">2026-12-01 09:00:00 UTC</time></td>")
                .contains("<td><time datetime=\"2026-12-07T10:00:00Z\">2026-12-07 10:00:00 UTC</time></td>")
                .contains("<td><code title=\"" + NEVER_USED.id() + "\">1c7a0b63</code></td>")
                .contains("<td>never</td>")
                .contains("<a href=\"/network/defenders/d-1/devices/" + USED.id() + "/revoke\" id=\"revoke-"
                        + USED.id() + "\" aria-label=\"Revoke… 0b6f9a52\">Revoke…</a>")
                .contains("<a href=\"/network/defenders/d-1/devices/revoke-all\" id=\"revoke-all\">Revoke all…</a>")
                .as("her page only links to the questions")
                .doesNotContain("action=\"/network/defenders/d-1/devices/" + USED.id() + "/revoke\"")
                .doesNotContain("action=\"/network/defenders/d-1/devices/revoke-all\"")
                .doesNotContain("id=\"no-devices\"");
        assertThat(page.indexOf("0b6f9a52</code>")).as("the oldest first").isLessThan(page.indexOf("1c7a0b63</code>"));
    }

    @Test
    void withoutDevicesThereIsNothingToRevoke() {
        String page = defenderForm(MARTA, DefenderEntry.of(MARTA), EntryErrors.NONE);

        assertThat(page).contains("<p class=\"empty\" id=\"no-devices\">No device of hers is enrolled.</p>")
                .doesNotContain("id=\"device-list\"").doesNotContain("id=\"revoke-all\"").contains("id=\"enrol\"");
    }

    @Test
    void whyEscalationDidNotTouchHerDevicesIsSaidBesideThem() {
        String page = defenderPage(MARTA, DefenderEntry.of(MARTA), EntryErrors.NONE, List.of(USED))
                .data("deviceErrors", EntryErrors.NONE.withGeneral(EN.get("netDeviceGone"))).render();

        assertThat(page).contains("<div class=\"form-errors\" role=\"alert\" id=\"device-errors\" tabindex=\"-1\">\n"
                + "  <p>That device is not enrolled any more: the list shows hers as they are now.</p>");
        assertThat(page.indexOf("id=\"device-errors\"")).as("in her devices' section")
                .isGreaterThan(page.indexOf("id=\"devices-title\"")).isLessThan(page.indexOf("id=\"device-list\""));
        assertThat(page).doesNotContain("id=\"form-errors\"").doesNotContain("id=\"seized-errors\"");
    }

    @Test
    void aNewDefenderHasNoDevicesNorCodeWordsToRemoveNorPhoneToMark() {
        String page = defenderForm(null, DefenderEntry.blank(), EntryErrors.NONE);

        assertThat(page).contains("action=\"/network/defenders\"").contains("<option value=\"\" selected>")
                .contains("id=\"seizedCodeWord\"")
                .doesNotContain("id=\"removeCodeWord\"").doesNotContain("id=\"removeSeizedCodeWord\"")
                .doesNotContain("id=\"enrol\"").doesNotContain("id=\"mark-seized\"")
                .doesNotContain("id=\"phone-seized\"");
    }

    @Test
    void herCodeWordForASeizedPhoneIsNeverWrittenIntoThePageOnlyWhetherSheHasOne() {
        DefenderEntry typed = new PostedForm(Map.of("name", List.of("Marta"), "seizedCodeWord", List.of("tormenta")))
                .defender();
        EntryErrors taken = Refusals.onForm(new EntryRefused(true, "seizedCodeWord is taken",
                List.of(new FieldProblem("seizedCodeWord", "seizedCodeWord is taken"))), NetworkPages.DEFENDER_FIELDS, EN);

        String refused = defenderForm(SEIZED, typed.withoutSecrets(), taken);
        String without = defenderForm(MARTA, DefenderEntry.of(MARTA), EntryErrors.NONE);

        assertThat(refused).doesNotContain("tormenta")
                .contains("<label for=\"seizedCodeWord\">Code word for a seized phone</label>")
                .contains("type=\"password\" id=\"seizedCodeWord\" name=\"seizedCodeWord\" value=\"\"")
                .contains("<p class=\"field-error\" id=\"seizedCodeWord-error\">Not saved: that code word for a seized"
                        + " phone is taken; choose another.</p>")
                .contains("id=\"removeSeizedCodeWord\" name=\"removeSeizedCodeWord\" value=\"true\">"
                        + " Remove her code word for a seized phone");
        assertThat(without).as("she has none").doesNotContain("id=\"removeSeizedCodeWord\"");
    }

    @Test
    void herPhoneNotSeizedIsMarkedOnlyAfterAQuestion() {
        String page = defenderForm(MARTA, DefenderEntry.of(MARTA), EntryErrors.NONE);

        assertThat(page).contains("<a class=\"button danger\" href=\"/network/defenders/d-1/phone-seized\""
                + " id=\"mark-seized\">Mark phone seized…</a>")
                .doesNotContain("action=\"/network/defenders/d-1/phone-seized").doesNotContain("id=\"phone-seized\"")
                .doesNotContain("id=\"verification\"");
    }

    @Test
    void herSeizedPhoneIsABannerSayingSinceWhenAndIsClearedSayingHowSheWasVerified() {
        String page = defenderForm(SEIZED, DefenderEntry.of(SEIZED), EntryErrors.NONE);

        assertThat(page).contains("<div class=\"seized-banner\" role=\"status\" id=\"phone-seized\">")
                .contains("<p><strong>Her phone is marked seized</strong> since <time datetime=\"2026-12-07T10:04:00Z\""
                        + " id=\"seized-since\">2026-12-07 10:04:00 UTC</time>.</p>")
                .as("a refusal opens her page beside the form")
                .contains("<form class=\"entry\" method=\"post\" action=\"/network/defenders/d-1/phone-seized/clear#seized-title\"")
                .contains("<label for=\"verification\">How was she verified?</label>")
                .contains("id=\"verification\" name=\"verification\" value=\"\" autocomplete=\"off\" maxlength=\"500\""
                        + " required aria-describedby=\"verification-hint\">")
                .contains("<button type=\"submit\" id=\"clear-seized\">Clear</button>")
                .doesNotContain("id=\"mark-seized\"")
                .as("no device while it is seized").doesNotContain("id=\"enrol\"").contains("id=\"enrol-after-clearing\"");
        assertThat(page.indexOf("id=\"phone-seized\"")).as("the banner comes first")
                .isLessThan(page.indexOf("<form class=\"entry\""));
    }

    @Test
    void aClearingEscalationRefusedSaysWhyBesideHowSheWasVerifiedAndKeepsWhatWasTyped() {
        EntryErrors errors = Refusals.onForm(new EntryRefused(false, "verification must not be blank",
                List.of(new FieldProblem("verification", "verification must not be blank", "blank", List.of()))),
                SeizedPhonePages.CLEAR_FIELDS, EN);

        String page = defenderPage(SEIZED, DefenderEntry.of(SEIZED), EntryErrors.NONE, List.of())
                .data("seizedErrors", errors).data("verification", "  ").render();

        assertThat(page).contains("<div class=\"field invalid\">\n<label for=\"verification\">")
                .contains("value=\"  \" autocomplete=\"off\" maxlength=\"500\" required aria-invalid=\"true\""
                        + " aria-describedby=\"verification-error verification-hint\">")
                .contains("<p class=\"field-error\" id=\"verification-error\">must not be blank</p>")
                .contains("id=\"seized-errors\"").doesNotContain("id=\"form-errors\"");
        assertThat(page.split("aria-invalid", -1)).as("only how she was verified is marked").hasSize(2);
    }

    @Test
    void whatAnActionOnHerPageDidIsSaidAtItsTop() {
        String page = defenderPage(SEIZED, DefenderEntry.of(SEIZED), EntryErrors.NONE, List.of()).data("done", "marked")
                .render();

        assertThat(page).contains("<p class=\"notice\" role=\"status\" id=\"done\">Her phone is marked seized.</p>");
        assertThat(DefenderPage.DONE).allSatisfy(done -> assertThat(EN).containsKey("netDone." + done));
    }

    @Test
    void herPageSaysOnlyWhatItsOwnActionsDid() {
        assertThat(DefenderPage.done("revoked")).isEqualTo("revoked");
        assertThat(DefenderPage.done(null)).as("no action").isEmpty();
        assertThat(DefenderPage.done("<b>hacked</b>")).as("a link made elsewhere").isEmpty();
        assertThat(DefenderPage.saying("d-1", "marked").getLocation()).as("at what was done, wherever it was asked")
                .hasToString("/network/defenders/d-1?done=marked#done");
    }

    @Test
    void revokingAndMarkingHerPhoneSeizedAreAskedOnAPageOfTheirOwn() {
        String revoke = question("revokeDevice", USED.shortId(), "/network/defenders/d-1/devices/" + USED.id() + "/revoke");
        String mark = question("markSeized", "", "/network/defenders/d-1/phone-seized");

        assertThat(revoke).contains("<h1 id=\"question-title\">Revoke a device: Marta Xol Caal</h1>")
                .contains("<p id=\"question\">Revoke this device? <code id=\"question-device\">0b6f9a52</code></p>")
                .contains("<form method=\"post\" action=\"/network/defenders/d-1/devices/" + USED.id() + "/revoke\">")
                .contains("<button type=\"submit\" id=\"confirm\" class=\"danger\">Revoke</button>")
                .contains("<a href=\"/network/defenders/d-1\" id=\"cancel\">Cancel</a>");
        assertThat(mark).contains("<p id=\"question\">Mark her phone seized?</p>")
                .contains("Every device of hers is revoked at once.")
                .contains("<form method=\"post\" action=\"/network/defenders/d-1/phone-seized\">")
                .contains("id=\"confirm\" class=\"danger\">Mark phone seized</button>")
                .doesNotContain("question-device");
        for (String asked : List.of("revokeDevice", "revokeDevices", "markSeized")) {
            assertThat(EN).containsKeys("netAskTitle." + asked, "netAsk." + asked, "netAskHint." + asked,
                    "netAskConfirm." + asked);
        }
    }

    private static String question(String question, String device, String action) {
        return ENGINE.getTemplate("defenderQuestion").data("me", OPERATOR).data("section", "defenders").data("id", "d-1")
                .data("name", "Marta Xol Caal").data("question", question).data("device", device).data("action", action)
                .render();
    }

    @Test
    void theListMarksTheDefendersWhosePhoneIsSeized() {
        Defender ana = new Defender("d-2", "Ana Tzul", "", "", "+50255500012", "es", "GT", "gt-default", 0, true, false,
                1, false, null, false);
        String list = ENGINE.getTemplate("networkDefenders").data("me", OPERATOR).data("section", "defenders")
                .data("search", "").data("items", List.of(SEIZED, ana)).data("next", "").data("first", "")
                .data("removed", false).render();

        assertThat(list).contains("<a href=\"/network/defenders/d-1\">Marta Xol Caal</a> <span class=\"alias\">"
                + "(known as Marta)</span> <span class=\"seized-mark\">phone seized</span></td>")
                .contains("<a href=\"/network/defenders/d-2\">Ana Tzul</a></td>");
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
