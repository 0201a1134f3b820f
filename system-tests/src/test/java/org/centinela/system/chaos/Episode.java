package org.centinela.system.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One defender's story in the chaos run, with the people it involves and what the load did and when. Each defender
 * lives one episode only, so that every alert found for her belongs to it.
 */
final class Episode {

    /** What she (and her contacts) do. */
    enum Kind {
        /** SOS by SMS, a second SOS a moment later (joins the alert); her contact answers "OK code" by SMS. */
        SMS_ACK(true),
        /** The app's panic button with her words and place, a location update; her contact presses 1 on the call. */
        APP_KEYPRESS(true),
        /** SOS by SMS, then "BIEN" with her PIN: the alert must be cancelled. */
        CANCEL(true),
        /** The app's panic button, then "BIEN" with her duress PIN: the alert must become CRITICAL, not cancelled. */
        DURESS(true),
        /** SOS by SMS; nobody at level 1 answers; level 2 falls due, and its contact confirms the link in her mail. */
        ESCALATE_LINK(true),
        /** "VOY 1" never closed: an alert when the minute is over; her contact answers "OK code" by SMS. */
        CHECKIN_MISSED(true),
        /** "VOY 1", then "LLEGUE" with her PIN: no alert at all. */
        CHECKIN_CLOSED(false);

        private final boolean alarm;

        Kind(boolean alarm) {
            this.alarm = alarm;
        }

        /** Whether the episode must open exactly one alert (else none). */
        boolean alarm() {
            return alarm;
        }
    }

    /** How long her check-ins ("VOY 1") run. */
    static final Duration CHECK_IN = Duration.ofMinutes(1);

    /** A person of the directory made for the run. */
    record Person(String id, String phone, String email) {
    }

    final int index;
    final Kind kind;
    volatile Person defender;
    volatile String deviceToken;
    /** Level 1: SMS and a call. */
    volatile Person contact;
    /** Level 2: SMS and e-mail. */
    volatile Person ally;
    volatile Instant startedAt;
    /** Whether her first signal (SOS, panic button, VOY) was accepted by intake (after retries, on either replica). */
    volatile boolean accepted;
    /** When her first signal was accepted. */
    volatile Instant acceptedAt;
    /** Whether her closing signal (BIEN, LLEGUE) was accepted. */
    volatile boolean closingAccepted;
    /** When her closing signal was first sent, and when it was accepted. */
    volatile Instant closingSentAt;
    volatile Instant closingAcceptedAt;
    /** When a step of the policy falls due: level 2 (ESCALATE_LINK), the missed check-in's alert (CHECKIN_MISSED). */
    volatile Instant dueAt;
    /** Whether the load played it (false when her enrolment did not finish in time on a busy machine). */
    volatile boolean played;
    /** The number of signals the load sent (each counted once, whatever the retries). */
    volatile int signals;
    final List<String> notes = new CopyOnWriteArrayList<>();

    Episode(int index, Kind kind) {
        this.index = index;
        this.kind = kind;
    }

    /** The people a step of her policy reaches. */
    List<Person> responders() {
        return List.of(contact, ally);
    }
}
