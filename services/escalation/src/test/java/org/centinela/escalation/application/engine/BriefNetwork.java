package org.centinela.escalation.application.engine;

import static org.centinela.contracts.notification.Channel.EMAIL;
import static org.centinela.contracts.notification.Channel.SMS;
import static org.centinela.contracts.notification.Channel.VOICE;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.application.People;
import org.centinela.escalation.application.PolicyStore;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.Responder;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyLevel;
import org.centinela.escalation.domain.policy.Target;

/**
 * Marta's network for the tests of her alerts' briefs, with ids and phone numbers of its own so that a test reads
 * only what it caused: her policy's level 1 reaches Ana and Bea (ON_CONTACT, the default of a first level), level 2
 * Caro (ON_ACK, the default of later levels); a CRITICAL signal starts at level 2. Marta (alias "Doña Marta") and
 * the responders are in the directory (the brief names them from it); the engine reads the network and the
 * policies from the fakes.
 */
public final class BriefNetwork {

    public static final String MARTA_NAME = "Marta Xol Caal";
    public static final String MARTA_ALIAS = "Doña Marta";
    public static final String ORGANISATION = "Colectiva Mujeres de Cobán";

    public final String marta;
    public final String ana;
    public final String bea;
    public final String caro;
    public final String policyId;
    public final String martaPhone;
    private final String phones;

    private BriefNetwork(String run) {
        marta = "d-marta-" + run;
        ana = "r-ana-" + run;
        bea = "r-bea-" + run;
        caro = "r-caro-" + run;
        policyId = "brief-" + run;
        phones = "+1" + (100_000_000L + Long.parseLong(run, 16) % 800_000_000L);
        martaPhone = phones + "0";
    }

    /**
     * A new network in the fakes and the directory (whose defenders need their policy stored); {@code ana} is her
     * Keycloak user name.
     */
    public static BriefNetwork build(FakeNetwork network, FakePolicies policies, People people, PolicyStore store,
            Instant at) {
        BriefNetwork built = new BriefNetwork(UUID.randomUUID().toString().substring(0, 8));
        network.clear();
        policies.clear();
        policies.save(built.policy());
        store.save(built.policy(), "operadora", at);
        network.group("trusted-" + built.policyId, built.ana, built.bea).group("unit-" + built.policyId, built.caro)
                .responder(built.ana, SMS, VOICE).responder(built.bea, SMS).responder(built.caro, SMS, EMAIL)
                .defender(built.marta, built.policyId)
                .signsInAs(built.ana, "ana");
        people.insert(new Responder(built.ana, "Ana López", built.phones + "1", null, "es", Set.of(SMS, VOICE), null),
                at);
        people.insert(new Responder(built.bea, "Bea Ruiz", built.phones + "2", null, "es", Set.of(SMS), null), at);
        people.insert(new Responder(built.caro, "Caro Pop", built.phones + "3", "caro@example.org", "es",
                Set.of(SMS, EMAIL), null), at);
        people.insert(new Defender(built.marta, new Defender.Profile(MARTA_NAME, built.martaPhone, "es", "GT",
                built.policyId, 2, true, MARTA_ALIAS, ORGANISATION), new Defender.Secrets("pin", "duress", null)), at);
        return built;
    }

    /** A defender of this network's policy, in the fakes and the directory, named {@code name} without an alias. */
    public String defender(FakeNetwork network, People people, String name, Instant at) {
        String id = "d-" + UUID.randomUUID().toString().substring(0, 8);
        network.defender(id, policyId);
        people.insert(new Defender(id, new Defender.Profile(name, phones + "4", "es", "GT", policyId, 1, true, null,
                null), new Defender.Secrets("pin", "duress", null)), at);
        return id;
    }

    /** Removes its people and its policy from the directory. */
    public void remove(People people, PolicyStore store) {
        List.of(ana, bea, caro, marta).forEach(people::delete);
        store.delete(policyId);
    }

    public EscalationPolicy policy() {
        return new EscalationPolicy(policyId, "Brief drill", List.of(
                new PolicyLevel("Trusted", List.of(Target.parse("group:trusted-" + policyId)), Set.of(SMS), 1,
                        Duration.ofMinutes(2), Duration.ofMinutes(1)),
                new PolicyLevel("Unit", List.of(Target.parse("group:unit-" + policyId)), Set.of(SMS, EMAIL), 1,
                        Duration.ofMinutes(5), null)),
                Map.of(Grade.LOW, 1, Grade.ELEVATED, 1, Grade.HIGH, 1, Grade.CRITICAL, 2), 1);
    }

    /** What intake publishes for a signal of {@code defenderId}. */
    public static SignalReceived received(String defenderId, SignalType type, SignalSource source, Instant at,
            String text, Location location) {
        IncidentReport report = type == SignalType.REPORT ? new IncidentReport(
                org.centinela.contracts.signal.ViolenceType.values()[0],
                org.centinela.contracts.signal.PerpetratorType.values()[0], "mercado de Cobán",
                java.time.LocalDate.parse("2026-11-27"), "Dos hombres me siguieron") : null;
        return new SignalReceived(UUID.randomUUID(), defenderId, true, type, source, at, text, location, report);
    }

    /** A Guatemalan number nobody in the test database wrote from yet, so that her SMS opens an alert of its own. */
    public static String strangersPhone() {
        return "+5025" + (1_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9_000_000));
    }

    /** What intake publishes for an SMS from a number not in the directory. */
    public static SignalReceived fromUnknownNumber(String phone, Instant at, String text) {
        String key = SignalReceived.unknownSenderKey(PepperedHash.fromConfiguredPepper("a-pepper-for-the-tests-only", 1000).fingerprint(phone));
        return new SignalReceived(UUID.randomUUID(), key, false, SignalType.PANIC, SignalSource.SMS, at, text, null,
                null, phone);
    }

    /** Risk-scoring's assessment of {@code signal}, with {@code factors}. */
    public static SignalAssessed assessed(SignalReceived signal, Grade grade, RiskFactor... factors) {
        int score = grade == null ? 0 : switch (grade) {
            case LOW -> 20;
            case ELEVATED -> 45;
            case HIGH -> 70;
            case CRITICAL -> 90;
        };
        return SignalAssessed.of(signal, score, grade, 1, Arrays.asList(factors), !signal.verifiedSender(), null);
    }

    public static RiskFactor factor(String code, int contribution) {
        return new RiskFactor(code, contribution, "Explanation of " + code);
    }
}
