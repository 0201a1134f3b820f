package org.centinela.notification.adapter.out.templates;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.notification.application.Messages;
import org.centinela.notification.domain.BriefSketch;
import org.centinela.notification.domain.BriefView;
import org.centinela.notification.domain.Email;
import org.centinela.notification.domain.SmsBrief;
import org.centinela.notification.domain.SmsText;
import org.centinela.notification.domain.Speech;
import org.centinela.notification.domain.Step;
import org.centinela.notification.domain.WhoIsOnIt;

/**
 * The messages as Qute templates under {@code templates/}: {@code sms/<language>/<purpose>.txt} (the brief's
 * {@code brief.txt} gets the {@code sms} to write, made to fit by {@link SmsBrief}),
 * {@code voice/<language>/<purpose>.txt} (with {@code menu}, {@code no-answer}, {@code closing}, the replies to
 * keypresses and {@code brief}, what a call says of her), and {@code email/<language>/<purpose>.txt} +
 * {@code .html} (the subject is the text template's {@code subject} fragment; {@code brief-part} is the whole
 * brief, included by the e-mails that carry it). Every template gets the alert's {@code code}, {@code grade} and
 * {@code level}, the code spoken digit by digit ({@code codeSpoken}), who is on it ({@code names}, and how
 * many {@code more}), the {@code brief} (a {@link BriefView}, null when the message carries none) and, in
 * e-mail, the {@code ackUrl}; a call's replies get the brief as said ({@code spokenBrief}).
 */
@ApplicationScoped
@TemplateData(target = BriefView.class)
@TemplateData(target = BriefView.Signal.class)
@TemplateData(target = BriefView.Place.class)
@TemplateData(target = BriefSketch.class)
@TemplateData(target = BriefSketch.Dot.class)
@TemplateData(target = SmsBrief.class)
@TemplateData(target = WhoIsOnIt.class)
public class QuteMessages implements Messages {

    public static final Set<String> LANGUAGES = Set.of("es", "en");

    private final Engine engine;

    public QuteMessages(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Set<String> languages() {
        return LANGUAGES;
    }

    @Override
    public SmsText sms(Step step, String language, WhoIsOnIt onIt) {
        if (step.purpose().isBrief()) {
            throw new IllegalArgumentException(step.purpose() + " is written by smsBrief");
        }
        return new SmsText(render("sms/" + language + "/" + name(step.purpose()) + ".txt", step, onIt, null, null));
    }

    @Override
    public SmsText smsBrief(Step step, String language, SmsBrief brief, boolean gsm7Only) {
        Template template = template("sms/" + language + "/brief.txt");
        return brief.fit(fitted -> data(template.instance(), step, WhoIsOnIt.nobody(), null, null)
                .data("sms", fitted).render().strip(), gsm7Only);
    }

    @Override
    public Speech speech(Step step, String language, WhoIsOnIt onIt, BriefView brief) {
        String voice = "voice/" + language + "/";
        String message = render(voice + name(step.purpose()) + ".txt", step, onIt, null, null);
        if (step.asksForAnswer()) {
            return new Speech(language, message, render(voice + "menu.txt", step, onIt, null, null),
                    brief == null ? null : render(voice + "brief.txt", step, onIt, null, brief),
                    render(voice + "no-answer.txt", step, onIt, null, null));
        }
        return new Speech(language, message, null, render(voice + "closing.txt", step, onIt, null, null));
    }

    @Override
    public String spokenReply(Speech.Reply reply, Step step, String language, BriefView brief) {
        String voice = "voice/" + language + "/";
        String said = brief == null ? null : render(voice + "brief.txt", step, WhoIsOnIt.nobody(), null, brief);
        return data(template(voice + reply.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt").instance(),
                step, WhoIsOnIt.nobody(), null, null).data("spokenBrief", said).render().strip();
    }

    @Override
    public Email email(Step step, String language, WhoIsOnIt onIt, String ackUrl, BriefView brief) {
        String base = "email/" + language + "/" + name(step.purpose());
        Template text = template(base + ".txt");
        String subject = data(text.getFragment("subject").instance(), step, onIt, ackUrl, brief).render().strip();
        return new Email(subject, data(text.instance(), step, onIt, ackUrl, brief).render().strip(),
                data(template(base + ".html").instance(), step, onIt, ackUrl, brief).render());
    }

    /** The file name of a purpose's templates: ALERT → alert, SOMEONE_ON_IT → someone-on-it. */
    static String name(NotificationPurpose purpose) {
        return purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String render(String id, Step step, WhoIsOnIt onIt, String ackUrl, BriefView brief) {
        return data(template(id).instance(), step, onIt, ackUrl, brief).render().strip();
    }

    private Template template(String id) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("no template " + id);
        }
        return template;
    }

    private static TemplateInstance data(TemplateInstance instance, Step step, WhoIsOnIt onIt, String ackUrl,
            BriefView brief) {
        return instance.data("code", step.alertCode())
                .data("names", onIt.names())
                .data("more", onIt.more())
                .data("codeSpoken", spoken(step.alertCode()))
                .data("grade", step.grade())
                .data("level", step.level())
                .data("round", step.round())
                .data("ackUrl", ackUrl)
                .data("brief", brief);
    }

    /** "4821" → "4, 8, 2, 1": a voice reads a code digit by digit, with a pause between them. */
    static String spoken(String code) {
        return code.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(", "));
    }
}
