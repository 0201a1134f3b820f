package org.centinela.notification.application;

import org.centinela.notification.domain.BriefView;
import org.centinela.notification.domain.Email;
import org.centinela.notification.domain.SmsBrief;
import org.centinela.notification.domain.SmsText;
import org.centinela.notification.domain.Speech;
import org.centinela.notification.domain.Step;
import org.centinela.notification.domain.WhoIsOnIt;

/**
 * The words of every message, per channel, purpose and language (templates). A message names the defender or
 * where she is only when it carries the alert's brief (her policy level discloses it to the person): otherwise
 * the alert's code, its grade, how to answer, and — once someone is on it — who acknowledged.
 */
public interface Messages {

    /** The languages templates exist in. */
    java.util.Set<String> languages();

    /** The SMS of a step that is not the brief (the brief goes by {@link #smsBrief}). */
    SmsText sms(Step step, String language, WhoIsOnIt onIt);

    /**
     * The SMS of a BRIEF or BRIEF_UPDATE: {@code brief} in her words around it, within
     * {@value SmsBrief#MAX_SEGMENTS} segments of the encoding it is sent in (GSM-7 when {@code gsm7Only}).
     */
    SmsText smsBrief(Step step, String language, SmsBrief brief, boolean gsm7Only);

    /**
     * What a call says, and the options it offers when the step asks for an answer; with {@code brief} (null for
     * none), after the options, her name and the place in her words — never coordinates.
     */
    Speech speech(Step step, String language, WhoIsOnIt onIt, BriefView brief);

    /** What a call says after a keypress; the acknowledgement's reply also says {@code brief} when given (else null). */
    String spokenReply(Speech.Reply reply, Step step, String language, BriefView brief);

    /**
     * The e-mail, with the acknowledgement link {@code ackUrl} when the step asks for an answer, and the whole
     * {@code brief} with the reader's link to its page when it carries it (else null).
     */
    Email email(Step step, String language, WhoIsOnIt onIt, String ackUrl, BriefView brief);
}
