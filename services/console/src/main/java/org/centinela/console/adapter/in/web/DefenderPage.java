package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.centinela.console.application.DefenderDevices;
import org.centinela.console.application.NetworkDirectory;
import org.centinela.console.application.ReadPolicies;
import org.centinela.console.domain.network.Defender;
import org.centinela.console.domain.network.DefenderEntry;
import org.centinela.console.domain.network.Device;
import org.centinela.console.domain.network.EntryErrors;
import org.centinela.console.domain.network.PolicyChoice;

/**
 * A defender's page: her form, the devices of her panic app and her phone's "seized" mode; or a new defender's
 * empty form. Every part the template reads is given here, nothing said: an action on her page then adds what it
 * has to say ({@code saved}, {@code done}, {@code enrolled}, {@code deviceErrors}, {@code seizedErrors} and the
 * {@code verification} she typed).
 */
@RequestScoped
public class DefenderPage {

    /** What an action on her page did, said at its top when it sends the browser back to it ({@code ?done=}). */
    static final Set<String> DONE = Set.of("revoked", "revokedAll", "marked", "cleared");

    private final Template networkDefender;
    private final NetworkDirectory directory;
    private final DefenderDevices devices;
    private final ReadPolicies readPolicies;
    private final SignedIn me;

    public DefenderPage(Template networkDefender, NetworkDirectory directory, DefenderDevices devices,
            ReadPolicies readPolicies, SignedIn me) {
        this.networkDefender = networkDefender;
        this.directory = directory;
        this.devices = devices;
        this.readPolicies = readPolicies;
        this.me = me;
    }

    /** A new defender's form, filled with what was written. */
    TemplateInstance blank(DefenderEntry entry, EntryErrors errors) {
        return page(null, entry, errors, List.of());
    }

    /** Her page as escalation has her now. */
    TemplateInstance of(String id) {
        Defender defender = directory.defender(id);
        return of(defender, DefenderEntry.of(defender), EntryErrors.NONE);
    }

    /** Her page, her form filled with {@code entry} (what was written, never a secret) and its {@code errors}. */
    TemplateInstance of(Defender defender, DefenderEntry entry, EntryErrors errors) {
        return page(defender, entry, errors, devices.of(defender.id()));
    }

    private TemplateInstance page(Defender defender, DefenderEntry entry, EntryErrors errors, List<Device> hers) {
        List<PolicyChoice> policies = PolicyChoice.withChosen(readPolicies.all().stream()
                .map(policy -> new PolicyChoice(policy.id(), policy.name())).toList(), entry.policyId());
        return fill(networkDefender.data("me", me), defender, entry, policies, errors, hers);
    }

    /**
     * {@code page} with every part her page reads but {@code me}: her ({@code null} for a new defender), her form,
     * the policies to choose from, her devices; nothing done, enrolled or refused yet.
     */
    static TemplateInstance fill(TemplateInstance page, Defender defender, DefenderEntry entry,
            List<PolicyChoice> policies, EntryErrors errors, List<Device> devices) {
        return page.data("section", "defenders").data("defender", defender).data("entry", entry)
                .data("policies", policies).data("errors", errors).data("saved", false).data("done", "")
                .data("devices", devices.stream().map(DeviceLine::of).toList()).data("enrolled", null)
                .data("deviceErrors", EntryErrors.NONE)
                .data("seizedSince", defender == null ? "" : when(defender.phoneSeizedSince()))
                .data("seizedErrors", EntryErrors.NONE).data("verification", "");
    }

    /** What her page says was done when asked with {@code ?done=}: one of {@link #DONE}, else nothing. */
    static String done(String asked) {
        return asked != null && DONE.contains(asked) ? asked : "";
    }

    /**
     * Back to her page, at what it says was done ({@code done}, one of {@link #DONE}): an action posted to a part
     * of her page (its fragment, so that a refusal shows beside it) does not leave her there once it is done.
     */
    static Response saying(String id, String done) {
        return Response.seeOther(URI.create("/network/defenders/" + id + "?done=" + done + "#done")).build();
    }

    /** A time as her page says it, in UTC; "" for none. */
    static String when(Instant at) {
        return at == null ? "" : AuditPages.WHEN.format(at);
    }

    /** One of her devices as her page lists it: when it was enrolled and last used ("" if never), in UTC. */
    public record DeviceLine(Device device, String enrolled, String lastUsed) {

        static DeviceLine of(Device device) {
            return new DeviceLine(device, when(device.enrolledAt()), when(device.lastUsedAt()));
        }
    }
}
