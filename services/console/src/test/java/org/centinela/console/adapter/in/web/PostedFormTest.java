package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What escalation is sent for what the browser posted. */
class PostedFormTest {

    @Test
    void aResponderIsReachedOnTheTickedChannels() {
        Map<String, Object> body = form(Map.of("name", List.of(" Ana López "), "phone", List.of("+50255501234"),
                "email", List.of("ana@example.org"), "language", List.of("quc"), "channels", List.of("SMS", "EMAIL"),
                "username", List.of("ana"))).responder(null).body();

        assertThat(body.keySet()).containsExactly("name", "phone", "email", "language", "channels", "username");
        assertThat(body).containsEntry("name", "Ana López").containsEntry("phone", "+50255501234")
                .containsEntry("email", "ana@example.org").containsEntry("language", "quc")
                .containsEntry("channels", List.of("SMS", "EMAIL")).containsEntry("username", "ana");
    }

    @Test
    void noBoxTickedIsNoChannelAndBlankOptionalFieldsAreLeftOut() {
        Map<String, Object> body = form(Map.of("name", List.of("Ana"), "phone", List.of("5550 1234"),
                "email", List.of("  "), "language", List.of("es"), "username", List.of(""))).responder("r-1").body();

        assertThat(body).containsEntry("channels", List.of()).doesNotContainKeys("email", "username", "id");
    }

    @Test
    void anEmptyPinOnAnEditIsLeftOutSoHersIsKept() {
        Map<String, Object> body = defender(Map.of("pin", List.of(""), "duressPin", List.of(""), "codeWord", List.of("")))
                .defender().body();

        assertThat(body).doesNotContainKeys("pin", "duressPin", "codeWord");
        assertThat(body).containsEntry("name", "Marta").containsEntry("policyId", "gt-default")
                .containsEntry("baselineRisk", 2).containsEntry("smsReplies", true);
    }

    @Test
    void newSecretsAreSentAsTyped() {
        Map<String, Object> body = defender(Map.of("pin", List.of("4826"), "duressPin", List.of("9173"),
                "codeWord", List.of("girasol"))).defender().body();

        assertThat(body).containsEntry("pin", "4826").containsEntry("duressPin", "9173").containsEntry("codeWord", "girasol");
    }

    @Test
    void removingHerCodeWordSendsAnEmptyOneUnlessANewOneIsWritten() {
        assertThat(defender(Map.of("removeCodeWord", List.of("true"))).defender().body()).containsEntry("codeWord", "");
        assertThat(defender(Map.of("removeCodeWord", List.of("true"), "codeWord", List.of("luna"))).defender().body())
                .containsEntry("codeWord", "luna");
    }

    @Test
    void herCodeWordForASeizedPhoneIsSentAsTypedRemovedWhenAskedAndKeptWhenLeftEmpty() {
        assertThat(defender(Map.of("seizedCodeWord", List.of(" tormenta "))).defender().body())
                .containsEntry("seizedCodeWord", "tormenta");
        assertThat(defender(Map.of("removeSeizedCodeWord", List.of("true"))).defender().body())
                .containsEntry("seizedCodeWord", "").doesNotContainKey("codeWord");
        assertThat(defender(Map.of("seizedCodeWord", List.of(""))).defender().body())
                .doesNotContainKey("seizedCodeWord");
    }

    @Test
    void smsRepliesOffWhenItsBoxIsNotTickedAndARiskThatIsNoNumberIsSentAsMissing() {
        Map<String, List<String>> values = new HashMap<>(defenderValues());
        values.remove("smsReplies");
        values.put("baselineRisk", List.of("high"));

        Map<String, Object> body = form(values).defender().body();

        assertThat(body).containsEntry("smsReplies", false).containsEntry("baselineRisk", null);
    }

    @Test
    void theFormShownAgainKeepsNoSecret() {
        var entry = defender(Map.of("pin", List.of("4826"), "duressPin", List.of("9173"), "codeWord", List.of("girasol"),
                "removeCodeWord", List.of("true"), "seizedCodeWord", List.of("tormenta"),
                "removeSeizedCodeWord", List.of("true"))).defender().withoutSecrets();

        assertThat(List.of(entry.pin(), entry.duressPin(), entry.codeWord(), entry.seizedCodeWord())).containsOnly("");
        assertThat(entry.name()).isEqualTo("Marta");
        assertThat(entry.removeCodeWord()).isTrue();
        assertThat(entry.removeSeizedCodeWord()).isTrue();
        assertThat(entry.toString()).doesNotContain("4826", "Marta");
    }

    @Test
    void theNameHerNetworkKnowsHerByAndHerOrganisationAreSentWhenWrittenAndLeftOutWhenEmpty() {
        Map<String, Object> body = defender(Map.of("alias", List.of(" Marta "), "organisation",
                List.of("Colectiva Q'eqchi'"))).defender().body();
        Map<String, Object> without = defender(Map.of("alias", List.of(" "), "organisation", List.of(""))).defender()
                .body();

        assertThat(body).containsEntry("alias", "Marta").containsEntry("organisation", "Colectiva Q'eqchi'");
        assertThat(body.keySet()).startsWith("name", "alias", "organisation", "phone");
        assertThat(without).doesNotContainKeys("alias", "organisation");
        assertThat(defender(Map.of("alias", List.of("Marta"))).defender().withoutSecrets().alias()).isEqualTo("Marta");
    }

    @Test
    void aTriageDecisionSendsItsActionAndItsOwnFieldsOnly() {
        Map<String, List<String>> attach = Map.of("action", List.of("ATTACH"), "defenderId", List.of(" d-1 "),
                "who", List.of("Mar"), "name", List.of("left over"));
        Map<String, List<String>> open = Map.of("action", List.of("OPEN"), "policyId", List.of("gt-default"),
                "name", List.of(" Doña Rosa "));
        Map<String, List<String>> dismiss = Map.of("action", List.of("DISMISS"), "reason", List.of("a test"));

        assertThat(form(attach).triage().body()).containsExactly(Map.entry("action", "ATTACH"),
                Map.entry("defenderId", "d-1"));
        assertThat(form(open).triage().body()).containsExactly(Map.entry("action", "OPEN"),
                Map.entry("policyId", "gt-default"), Map.entry("name", "Doña Rosa"));
        assertThat(form(dismiss).triage().body()).containsExactly(Map.entry("action", "DISMISS"),
                Map.entry("reason", "a test"));
        assertThat(form(open).triage().toString()).doesNotContain("Rosa");
    }

    @Test
    void aTriageActionThatIsNoneOfTheThreeIsARequestThatIsNotValid() {
        assertThatThrownBy(() -> form(Map.of("action", List.of("DELETE"))).triage())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> form(Map.of()).triage()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGroupsMembersAreTheTickedResponders() {
        var values = Map.of("groupId", List.of(" trusted-marta "), "name", List.of("Marta's trusted contacts"),
                "members", List.of("r-1", "r-3"));

        var created = form(values).group(null);
        var edited = form(values).group("unidad");

        assertThat(created.id()).isEqualTo("trusted-marta");
        assertThat(edited.id()).as("an edit keeps the group's id").isEqualTo("unidad");
        assertThat(created.body()).containsEntry("name", "Marta's trusted contacts")
                .containsEntry("members", List.of("r-1", "r-3")).doesNotContainKey("groupId");
        assertThat(form(Map.of("name", List.of("Empty"))).group("x").body()).containsEntry("members", List.of());
    }

    private static PostedForm form(Map<String, List<String>> values) {
        return new PostedForm(values);
    }

    private static PostedForm defender(Map<String, List<String>> secrets) {
        Map<String, List<String>> values = new HashMap<>(defenderValues());
        values.putAll(secrets);
        return form(values);
    }

    private static Map<String, List<String>> defenderValues() {
        return Map.of("name", List.of("Marta"), "phone", List.of("+50255500011"), "language", List.of("es"),
                "country", List.of("GT"), "policyId", List.of("gt-default"), "baselineRisk", List.of("2"),
                "smsReplies", List.of("true"));
    }
}
