package org.centinela.console.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.centinela.console.domain.network.EntryRefused;
import org.centinela.console.domain.network.ResponderGroup;
import org.centinela.console.domain.FieldProblem;

/**
 * An operator adds a group. escalation's {@code PUT /api/v1/groups/{groupId}} creates or replaces, so a new
 * group whose id another group has already is refused here, as a conflict at {@code groupId}, rather than
 * silently taking that group's place in every policy that names it.
 */
@ApplicationScoped
public class AddGroup {

    private final NetworkDirectory directory;

    public AddGroup(NetworkDirectory directory) {
        this.directory = directory;
    }

    public void add(ResponderGroup group) {
        if (group.id().isEmpty()) {
            throw new EntryRefused(false, "groupId is required", List.of(new FieldProblem("groupId", "groupId is required")));
        }
        if (directory.groupExists(group.id())) {
            throw new EntryRefused(true, "groupId names another group already",
                    List.of(new FieldProblem("groupId", "groupId names another group already")));
        }
        directory.saveGroup(group);
    }
}
