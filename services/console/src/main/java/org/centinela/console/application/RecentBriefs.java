package org.centinela.console.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.NotAllowed;
import org.centinela.console.domain.NotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The briefs the signed-in people were shown lately, each kept until its alert changes, for {@code keepFor} at most.
 * escalation records every reading of a brief on the alert's timeline and in the audit log; the live pages are
 * fetched again whenever any alert changes, so without this an open page would read every brief again at each
 * delivery of every alert, and fill the timeline with its own readings. A page is shown what she read, and escalation
 * is asked again — a new reading — once that alert changed ({@link #changed(UUID)}, from the live feed, and after a
 * decision taken here), or when {@code keepFor} has passed. "Not disclosed to her" (escalation's 403) is kept the
 * same way: an acknowledgement may disclose it, and that changes the alert.
 *
 * <p>Kept in memory only, at most {@value #KEPT} readings (the least recently shown go first); nothing of a brief is
 * ever logged.
 */
@ApplicationScoped
public class RecentBriefs {

    static final int KEPT = 1_000;
    /** How many alerts' last change is remembered; older ones count as changed at the latest forgotten change. */
    static final int CHANGES_KEPT = 10_000;

    private final AlertsOfTheNetwork alerts;
    private final Clock clock;
    private final Duration keepFor;

    private long sequence;
    private long forgottenUpTo;
    private final Map<UUID, Long> lastChange = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Long> eldest) {
            if (size() > CHANGES_KEPT) {
                forgottenUpTo = Math.max(forgottenUpTo, eldest.getValue());
                return true;
            }
            return false;
        }
    };
    private final Map<Key, Reading> readings = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Reading> eldest) {
            return size() > KEPT;
        }
    };

    @Inject
    public RecentBriefs(AlertsOfTheNetwork alerts,
            @ConfigProperty(name = "console.brief.keep-for") Duration keepFor) {
        this(alerts, Clock.systemUTC(), keepFor);
    }

    RecentBriefs(AlertsOfTheNetwork alerts, Clock clock, Duration keepFor) {
        this.alerts = alerts;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /**
     * The brief of {@code alertId} as escalation discloses it to {@code reader} (whose token the call carries);
     * empty when escalation does not disclose it to her or has none.
     */
    public Optional<AlertBrief> of(String reader, UUID alertId) {
        Key key = new Key(reader, alertId);
        Instant now = clock.instant();
        long asOf;
        synchronized (this) {
            Reading kept = readings.get(key);
            if (kept != null && changeOf(alertId) <= kept.asOf() && now.isBefore(kept.at().plus(keepFor))) {
                return kept.brief();
            }
            asOf = sequence;
        }
        Optional<AlertBrief> brief;
        try {
            brief = Optional.of(alerts.brief(alertId));
        } catch (NotAllowed | NotFound notDisclosed) {
            brief = Optional.empty();
        }
        synchronized (this) {
            readings.put(key, new Reading(asOf, now, brief));
        }
        return brief;
    }

    /** Something of the alert changed: whoever is shown its brief next reads it again. */
    public synchronized void changed(UUID alertId) {
        lastChange.put(alertId, ++sequence);
    }

    private long changeOf(UUID alertId) {
        Long last = lastChange.get(alertId);
        return last == null ? forgottenUpTo : last;
    }

    private record Key(String reader, UUID alertId) {
    }

    /**
     * @param asOf the last change counted when escalation was asked: a later change of the alert makes it old
     */
    private record Reading(long asOf, Instant at, Optional<AlertBrief> brief) {
    }
}
