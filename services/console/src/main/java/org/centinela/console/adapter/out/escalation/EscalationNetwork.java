package org.centinela.console.adapter.out.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.centinela.console.adapter.out.ServiceAnswers;
import org.centinela.console.application.NetworkDirectory;
import org.centinela.console.domain.NotFound;
import org.centinela.console.domain.network.Defender;
import org.centinela.console.domain.network.DefenderEntry;
import org.centinela.console.domain.network.DirectoryPage;
import org.centinela.console.domain.network.EntryRefused;
import org.centinela.console.domain.network.Responder;
import org.centinela.console.domain.network.ResponderGroup;
import org.centinela.console.domain.FieldProblem;
import org.centinela.problem.Problem;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link NetworkDirectory} through escalation's directory API (contract §3, {@link EscalationDirectoryApi}). Its problem answers become
 * {@link EntryRefused} with the fields they name (400, 409, 422), and 403 and 404 the console's own refusals.
 */
@ApplicationScoped
public class EscalationNetwork implements NetworkDirectory {

    /** A page of a list on the console's pages. */
    static final int PAGE = 50;
    /** The most escalation gives at once: the responders a group may have are read this many at a time. */
    static final int MAX_PAGE = 200;

    private final EscalationDirectoryApi api;

    public EscalationNetwork(@RestClient EscalationDirectoryApi api) {
        this.api = api;
    }

    @Override
    public DirectoryPage<Responder> responders(String search, int offset) {
        return ServiceAnswers.call("responders", () -> api.responders(search, offset, PAGE));
    }

    @Override
    public List<Responder> everyResponder() {
        List<Responder> every = new ArrayList<>();
        Integer offset = 0;
        while (offset != null) {
            int from = offset;
            DirectoryPage<Responder> page = ServiceAnswers.call("responders", () -> api.responders(null, from, MAX_PAGE));
            every.addAll(page.items());
            offset = page.next();
        }
        return every;
    }

    @Override
    public Responder responder(String id) {
        return ServiceAnswers.call("responder " + id, () -> api.responder(id));
    }

    @Override
    public String addResponder(Responder responder) {
        return String.valueOf(saving("responders", () -> api.addResponder(responder.body())).get("id"));
    }

    @Override
    public void changeResponder(String id, Responder responder) {
        saving("responder " + id, () -> api.changeResponder(id, responder.body()));
    }

    @Override
    public void removeResponder(String id) {
        removing("responder " + id, () -> api.removeResponder(id));
    }

    @Override
    public DirectoryPage<Defender> defenders(String search, int offset) {
        return ServiceAnswers.call("defenders", () -> api.defenders(search, offset, PAGE));
    }

    @Override
    public Defender defender(String id) {
        return ServiceAnswers.call("defender " + id, () -> api.defender(id));
    }

    @Override
    public String addDefender(DefenderEntry entry) {
        return String.valueOf(saving("defenders", () -> api.addDefender(entry.body())).get("id"));
    }

    @Override
    public void changeDefender(String id, DefenderEntry entry) {
        saving("defender " + id, () -> api.changeDefender(id, entry.body()));
    }

    @Override
    public void removeDefender(String id) {
        removing("defender " + id, () -> api.removeDefender(id));
    }

    @Override
    public DirectoryPage<ResponderGroup> groups(String search, int offset) {
        return ServiceAnswers.call("groups", () -> api.groups(search, offset, PAGE));
    }

    @Override
    public ResponderGroup group(String id) {
        return ServiceAnswers.call("group " + id, () -> api.group(id));
    }

    @Override
    public boolean groupExists(String id) {
        try {
            group(id);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    @Override
    public void saveGroup(ResponderGroup group) {
        saving("group " + group.id(), () -> api.saveGroup(group.id(), group.body()));
    }

    @Override
    public void removeGroup(String id) {
        removing("group " + id, () -> api.removeGroup(id));
    }

    /** A {@code DELETE}: refused as a write is, see {@link #saving}. */
    static void removing(String what, Runnable request) {
        saving(what, () -> {
            request.run();
            return what;
        });
    }

    /** A write: a refusal that names fields becomes {@link EntryRefused}; 403 and 404 as for every call. */
    static <T> T saving(String what, Supplier<T> request) {
        return ServiceAnswers.call(what, () -> {
            try {
                return request.get();
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                if (status == 400 || status == 409 || status == 422) {
                    throw refusal(status, e.getResponse());
                }
                throw e;
            }
        });
    }

    /** The refusal a problem answer describes; an answer that is no problem still refuses, without fields. */
    static EntryRefused refusal(int status, Response response) {
        try {
            return refusal(status, response.readEntity(Problem.class));
        } catch (RuntimeException e) {
            return new EntryRefused(status == 409, "", List.of());
        }
    }

    /** 409 is a conflict with the network as it is; 400 and 422 name the rules broken, field by field. */
    static EntryRefused refusal(int status, Problem problem) {
        List<FieldProblem> violations = problem.errors().stream().map(ServiceAnswers::fieldProblem).toList();
        return new EntryRefused(status == 409, problem.detail(), violations);
    }
}
