package org.centinela.notification.application;

import org.centinela.notification.domain.Email;
import org.centinela.notification.domain.SmsText;
import org.centinela.notification.domain.Speech;
import org.centinela.notification.domain.Step;
import org.centinela.notification.domain.WhoIsOnIt;

/**
 * The words of every message, per channel, purpose and language (templates). None of them names the
 * defender or where she is: the alert's code, its grade, how to answer, and — once someone is on it — who
 * acknowledged.
 */
public interface Messages {

    /** The languages templates exist in. */
    java.util.Set<String> languages();

    SmsText sms(Step step, String language, WhoIsOnIt onIt);

    /** What a call says, and the options it offers when the step asks for an answer. */
    Speech speech(Step step, String language, WhoIsOnIt onIt);

    /** What a call says after a keypress. */
    String spokenReply(Speech.Reply reply, Step step, String language);

    /** The e-mail, with the acknowledgement link {@code ackUrl} when the step asks for an answer. */
    Email email(Step step, String language, WhoIsOnIt onIt, String ackUrl);
}
