package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.console.adapter.in.web.Rendering.ENGINE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.centinela.console.adapter.in.web.Rendering.Person;
import org.centinela.console.domain.FieldProblem;
import org.centinela.console.domain.Policy;
import org.centinela.console.domain.PolicyRefused;
import org.centinela.console.domain.PolicySchedule;
import org.centinela.contracts.alert.BriefDisclosure;
import org.junit.jupiter.api.Test;

/** The policy pages' templates rendered with strict rendering, as the console renders them, for an operator and an auditor. */
class PolicyPagesRenderingTest {

    private static final Map<String, String> EN = new Texts().in("en");

    private static Policy policy() {
        return new Policy("consola-prueba", 4, "Prueba de la consola", List.of(new Policy.Level("Ana",
                List.of("group:consola-prueba"), List.of("SMS"), 1, Duration.ofMinutes(10), Duration.ofMinutes(5),
                BriefDisclosure.ON_ACK)),
                Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 1), "ANY_RESPONDER");
    }

    private static String editor(Person me, FormErrors errors, PolicySchedule schedule, String notice) {
        PolicyForm form = PolicyForm.of(policy());
        return ENGINE.getTemplate("policy").data("me", me)
                .data("editor", PolicyEditor.of(form, errors, me.operator(), false, EN))
                .data("heading", form.name()).data("schedule", schedule).data("scheduleTitle", "What version 4 does")
                .data("version", 4L).data("notice", notice).render();
    }

    @Test
    void anErrorShowsNextToItsFieldTiedByAriaAndInTheSummary() {
        FormErrors errors = FormErrors.of(new PolicyRefused(List.of(
                new FieldProblem("levels[0].quorum", "2 is more than the 1 person level 1 reaches"))), EN);

        String page = editor(new Person(EN, true, false), errors, null, "");

        assertThat(page).contains("<label for=\"levels-0-quorum\">Quorum</label>")
                .contains("aria-describedby=\"levels-0-quorum-hint levels-0-quorum-error\"")
                .contains("<p class=\"field-error\" id=\"levels-0-quorum-error\">2 is more than the 1 person level 1 reaches</p>")
                .contains("<a href=\"#levels-0-quorum\">Level 1 · Quorum: 2 is more than the 1 person level 1 reaches</a>")
                .contains("id=\"error-summary\"")
                .contains("id=\"save\"").contains("id=\"preview\"").contains("id=\"add-level\"")
                .doesNotContain("disabled");
    }

    @Test
    void anAuditorReadsTheFormDisabledWithoutButtons() {
        String page = editor(new Person(EN, false, true), new FormErrors(), null, "");

        assertThat(page).contains("<fieldset class=\"plain\" disabled>").contains("id=\"read-only\"")
                .doesNotContain("id=\"save\"").doesNotContain("id=\"preview\"").doesNotContain("error-summary")
                .contains("value=\"10m\"").contains("group:consola-prueba</textarea>")
                .contains("<a href=\"/policies\" id=\"nav-policies\">Policies</a>");
    }

    @Test
    void theSavedNoticeAndTheScheduleShow() {
        PolicySchedule schedule = PolicySchedule.of(policy(), target -> List.of("Ana"), EN);

        String page = editor(new Person(EN, true, false), new FormErrors(), schedule, "Saved, version 4.");

        assertThat(page).contains("<p class=\"notice\" role=\"status\" id=\"saved\">Saved, version 4.</p>")
                .contains("<li>0:00 SMS to Ana (level 1: Ana)</li>")
                .contains("<li>her name, words and place: to each once she answers &quot;I&#39;m on it&quot;</li>")
                .contains("<li>every 5:00 again to whoever has not answered</li>");
    }

    @Test
    void eachLevelSaysWhenItsPeopleAreSentHerBriefWithItsRuleChosen() {
        String page = editor(new Person(EN, true, false), new FormErrors(), null, "");

        assertThat(page).contains("<label for=\"levels-0-brief\">Her name, words and place</label>")
                .contains("<select id=\"levels-0-brief\" name=\"levels[0].brief\" aria-describedby=\"levels-0-brief-hint\">")
                .contains("<option value=\"ON_CONTACT\">With the first contact (SMS, call, e-mail)</option>")
                .contains("<option value=\"ON_ACK\" selected>Only to whoever answers &quot;I&#39;m on it&quot;</option>")
                .contains("<option value=\"NEVER\">Never by message: only the alert code and grade</option>");
    }

    @Test
    void thePolicySaysWhoMayCloseAnAlertWithItsRuleChosenAndTheScheduleSaysItToo() {
        String page = editor(new Person(EN, true, false), new FormErrors(),
                PolicySchedule.of(policy(), target -> List.of("Ana"), EN), "");

        assertThat(page).contains("<label for=\"resolveBy\">Who may close an alert</label>")
                .contains("<select id=\"resolveBy\" name=\"resolveBy\" aria-describedby=\"resolveBy-hint\">")
                .contains("<option value=\"ANY_RESPONDER\" selected>Any one person contacted</option>")
                .contains("<option value=\"QUORUM\">As many people of one level as its quorum</option>")
                .contains("<option value=\"OPERATOR\">Only an operator</option>")
                .contains("<li>it ends when any one person contacted answers RESOLVED, or an operator closes it</li>")
                .contains("<li>after her duress PIN, only an operator closes it, saying how she verified her</li>");
    }

    @Test
    void theListLinksEachPolicy() {
        String page = ENGINE.getTemplate("policies").data("me", new Person(EN, false, true))
                .data("policies", List.of(policy())).render();

        assertThat(page).contains("<a href=\"/policies/consola-prueba\">Prueba de la consola</a>")
                .contains("<td>4</td><td>1</td>").doesNotContain("id=\"new-policy\"");
    }
}
