package org.centinela.console.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.centinela.console.domain.Policy;
import org.centinela.console.domain.PolicySchedule;

/** A policy read back as a schedule in the reader's words, its groups and responders by name where she may see them. */
@ApplicationScoped
public class PreviewPolicy {

    private final NetworkNames names;

    public PreviewPolicy(NetworkNames names) {
        this.names = names;
    }

    public PolicySchedule schedule(Policy policy, Map<String, String> words) {
        Map<String, List<String>> people = names.peopleOf(
                policy.levels().stream().flatMap(level -> level.targets().stream()).distinct().toList());
        return PolicySchedule.of(policy, target -> people.getOrDefault(target, List.of(target)), words);
    }
}
