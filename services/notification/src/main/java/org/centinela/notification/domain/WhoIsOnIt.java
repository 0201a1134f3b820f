package org.centinela.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.centinela.contracts.notification.Channel;

/**
 * Who acknowledged an alert, as a "someone is on it" message names them: the first names that fit the
 * channel's room (an SMS must stay within two segments), and how many more there are.
 *
 * @param names the names shown, in the order they acknowledged
 * @param more  how many more acknowledged and are not named
 */
public record WhoIsOnIt(List<String> names, int more) {

    /** Characters of names an SMS has room for; a call and an e-mail have more. */
    static final int SMS_ROOM = 32;
    static final int VOICE_ROOM = 120;
    static final int EMAIL_ROOM = 1_000;

    public WhoIsOnIt {
        names = List.copyOf(Objects.requireNonNull(names, "names must not be null"));
        if (more < 0) {
            throw new IllegalArgumentException("more must not be negative, was " + more);
        }
    }

    /** Nobody named (any purpose but "someone is on it", or nobody known). */
    public static WhoIsOnIt nobody() {
        return new WhoIsOnIt(List.of(), 0);
    }

    /** The names of {@code acknowledged} (in order) that fit a message on {@code channel}. */
    public static WhoIsOnIt on(Channel channel, List<String> acknowledged) {
        int room = channel == Channel.SMS ? SMS_ROOM : channel == Channel.VOICE ? VOICE_ROOM : EMAIL_ROOM;
        List<String> shown = new ArrayList<>();
        int used = 0;
        for (String name : acknowledged) {
            String trimmed = name.strip();
            int cost = trimmed.length() + (shown.isEmpty() ? 0 : 2);
            if (shown.isEmpty() && trimmed.length() > room) {
                shown.add(trimmed.substring(0, room).strip());
                used = room;
                continue;
            }
            if (used + cost > room) {
                break;
            }
            shown.add(trimmed);
            used += cost;
        }
        return new WhoIsOnIt(shown, acknowledged.size() - shown.size());
    }

    public boolean anyone() {
        return !names.isEmpty();
    }

    /** How many names and how many more: the names themselves are personal data and are not logged. */
    @Override
    public String toString() {
        return "WhoIsOnIt[" + names.size() + " named, " + more + " more]";
    }
}
