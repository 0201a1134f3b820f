package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.Responder;

/**
 * The other services know people only from {@code directory.people}. On a new or rebuilt broker that topic is empty
 * while this database still holds the network: intake would take every defender's SOS for a stranger's, and
 * notification would have nobody's phone. So when the topic was never written, everyone's current snapshot is
 * published again, through the outbox, in one transaction.
 */
@ApplicationScoped
public class RepublishDirectory {

    static final int PAGE = 500;

    private final DirectoryTopic topic;
    private final People people;
    private final DirectorySnapshots snapshots;
    private final Clock clock;

    public RepublishDirectory(DirectoryTopic topic, People people, DirectorySnapshots snapshots, Clock clock) {
        this.topic = topic;
        this.people = people;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** How many people were published again: none when the topic already holds the directory. */
    @Transactional
    public int ifTopicNeverWritten() {
        if (!topic.neverWritten()) {
            return 0;
        }
        Instant now = clock.instant();
        int published = 0;
        for (int offset = 0;; offset += PAGE) {
            List<Responder> page = people.responders(null, offset, PAGE);
            page.forEach(responder -> snapshots.publish(responder, now));
            published += page.size();
            if (page.size() < PAGE) {
                break;
            }
        }
        for (int offset = 0;; offset += PAGE) {
            List<Defender> page = people.defenders(null, offset, PAGE);
            page.forEach(defender -> snapshots.publish(defender, people.devices(defender.id()), now));
            published += page.size();
            if (page.size() < PAGE) {
                break;
            }
        }
        return published;
    }
}
