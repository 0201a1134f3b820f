package org.centinela.escalation.application.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.contracts.directory.DeviceId;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.escalation.application.DirectoryConflict;
import org.centinela.escalation.application.DirectorySnapshots;
import org.centinela.escalation.application.IssueDeviceToken;
import org.centinela.escalation.application.NotInDirectory;
import org.centinela.escalation.application.RemoveGroup;
import org.centinela.escalation.application.RemovePerson;
import org.centinela.escalation.application.RemovePolicy;
import org.centinela.escalation.application.ReadDirectory;
import org.centinela.escalation.application.RepublishDirectory;
import org.centinela.escalation.application.RevokeDevices;
import org.centinela.escalation.application.SaveDefender;
import org.centinela.escalation.application.SaveGroup;
import org.centinela.escalation.application.SavePolicy;
import org.centinela.escalation.application.SaveResponder;
import org.centinela.escalation.domain.directory.DefenderDraft;
import org.centinela.escalation.domain.directory.Device;
import org.centinela.escalation.domain.directory.GroupDraft;
import org.centinela.escalation.domain.directory.InvalidEntryException;
import org.centinela.escalation.domain.directory.ResponderDraft;
import org.centinela.escalation.domain.policy.InvalidPolicyException;
import org.centinela.escalation.domain.policy.PolicyDraft;
import org.centinela.escalation.domain.policy.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory's and the policies' use cases over ports in memory. */
class DirectoryUseCasesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final PepperedHash hashes = PepperedHash.fromConfiguredPepper("a pepper of sixteen bytes or more", 1000);
    private final DirectorySnapshots snapshots = new DirectorySnapshots(directory);
    private final SaveResponder saveResponder = new SaveResponder(directory, snapshots, directory, CLOCK, "GT");
    private final SaveDefender saveDefender = new SaveDefender(directory, directory, snapshots, directory, hashes, CLOCK, "GT");
    private final SaveGroup saveGroup = new SaveGroup(directory, directory, directory, CLOCK);
    private final SavePolicy savePolicy = new SavePolicy(directory, directory, directory, CLOCK);
    private final RemovePerson removePerson = new RemovePerson(directory, directory, directory, snapshots, directory, CLOCK);
    private final RemoveGroup removeGroup = new RemoveGroup(directory, directory, directory, CLOCK);
    private final RemovePolicy removePolicy = new RemovePolicy(directory, directory, directory, CLOCK);
    private final IssueDeviceToken issueDeviceToken = new IssueDeviceToken(directory, snapshots, directory, hashes, CLOCK);
    private final RevokeDevices revokeDevices = new RevokeDevices(directory, snapshots, directory, CLOCK);

    private String ana;
    private String bea;

    @BeforeEach
    void twoRespondersInAGroup() {
        ana = saveResponder.create("operadora", responder("5512 0001"));
        bea = saveResponder.create("operadora", responder("5512 0002"));
        saveGroup.save("operadora", "unidad", new GroupDraft("Unidad", List.of(ana, bea)));
    }

    private static ResponderDraft responder(String phone) {
        return new ResponderDraft("Ana", phone, null, "es", List.of("SMS"), null);
    }

    private static PolicyDraft policy(String target, int quorum, String escalateAfter) {
        return new PolicyDraft("Drill", List.of(new PolicyDraft.Level("Unit", List.of(target), List.of("SMS"), quorum,
                escalateAfter, null)), Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 1));
    }

    private static DefenderDraft defender(String policyId, String pin, String duressPin, String codeWord) {
        return new DefenderDraft("Marta", "5512 0009", "mam", "GT", policyId, pin, duressPin, codeWord, 1, null, null, null, null);
    }

    @Test
    void everySavedPersonIsPublishedAndAudited() {
        assertThat(directory.published).extracting(event -> ((PersonSnapshot) event).personId()).containsExactly(ana, bea);
        assertThat(directory.audit).containsExactly("operadora CREATE responder:" + ana,
                "operadora CREATE responder:" + bea, "operadora CREATE group:unidad");
    }

    @Test
    void onABrokerThatNeverHeldTheDirectoryEveryoneIsPublishedAgainWithHerDevices() {
        savePolicy.save("operadora", "p", policy("group:unidad", 1, "PT5M"));
        String marta = saveDefender.create("operadora", defender("p", "4821", "9173", null));
        issueDeviceToken.issue("operadora", marta);
        directory.published.clear();

        int published = new RepublishDirectory(() -> true, directory, snapshots, CLOCK).ifTopicNeverWritten();

        assertThat(published).isEqualTo(3);
        assertThat(directory.published).extracting(event -> ((PersonSnapshot) event).personId())
                .containsExactly(ana, bea, marta);
        PersonSnapshot hers = (PersonSnapshot) directory.published.get(2);
        assertThat(hers.deviceTokenHashes()).isEqualTo(directory.deviceTokenHashes(marta)).hasSize(1);
        assertThat(hashes.matchesPin("4821", hers.pinHash())).isTrue();
    }

    @Test
    void aBrokerThatHoldsTheDirectoryIsLeftAlone() {
        directory.published.clear();

        assertThat(new RepublishDirectory(() -> false, directory, snapshots, CLOCK).ifTopicNeverWritten()).isZero();
        assertThat(directory.published).isEmpty();
    }

    @Test
    void aPolicyIsVersionedOnlyWhenItChanges() {
        assertThat(savePolicy.save("operadora", "p", policy("group:unidad", 2, "PT5M")).created()).isTrue();

        SavePolicy.Saved same = savePolicy.save("auditada", "p", policy("group:unidad", 2, "PT5M"));
        assertThat(same.changed()).isFalse();
        assertThat(same.policy().version()).isEqualTo(1);

        SavePolicy.Saved changed = savePolicy.save("operadora", "p", policy("group:unidad", 1, "PT5M"));
        assertThat(changed.changed()).isTrue();
        assertThat(changed.created()).isFalse();
        assertThat(directory.version("p", 1).orElseThrow().level(1).quorum()).isEqualTo(2);
        assertThat(directory.current("p").orElseThrow().version()).isEqualTo(2);
        assertThat(directory.audit).contains("operadora CREATE policy:p@v1", "operadora UPDATE policy:p@v2")
                .noneMatch(entry -> entry.startsWith("auditada"));
    }

    @Test
    void aPolicyIsCheckedAgainstTheNetworkWithEveryViolation() {
        assertThatThrownBy(() -> savePolicy.save("operadora", "p", new PolicyDraft("Drill", List.of(
                new PolicyDraft.Level("One", List.of("group:nadie"), List.of("SMS"), 1, "PT1M", null),
                new PolicyDraft.Level("Two", List.of("group:unidad", "responder:" + ana), List.of("SMS"), 3, "PT1M", null)),
                Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 2))))
                .isInstanceOfSatisfying(InvalidPolicyException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                .containsExactly(
                                        tuple("levels[0].targets[0]", "unknown-group", List.of("nadie")),
                                        tuple("levels[0].quorum", "quorum-unreachable", List.of("1", "0", "1")),
                                        tuple("levels[1].quorum", "quorum-unreachable", List.of("3", "2", "2"))));
        assertThat(directory.current("p")).isEmpty();
    }

    @Test
    void aDefendersSecretsAreKeptAsHashesOfWhatIntakeReads() {
        savePolicy.save("operadora", "p", policy("group:unidad", 1, "PT5M"));

        String marta = saveDefender.create("operadora", defender("p", "4821", "9173", "¡Maripósa!"));

        PersonSnapshot snapshot = (PersonSnapshot) directory.published.get(directory.published.size() - 1);
        assertThat(snapshot.personId()).isEqualTo(marta);
        assertThat(hashes.matchesPin("4821", snapshot.pinHash())).isTrue();
        assertThat(hashes.matchesPin("9173", snapshot.duressPinHash())).isTrue();
        assertThat(snapshot.codeWordHash()).isEqualTo(hashes.fingerprint("mariposa"));
        assertThat(snapshot.phone()).isEqualTo("+50255120009");
    }

    @Test
    void aDefendersPolicyMustExistAndHerPhoneBeHersAlone() {
        assertThatThrownBy(() -> saveDefender.create("operadora", defender("nope", "4821", "9173", null)))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field).containsExactly("policyId"));
        savePolicy.save("operadora", "p", policy("group:unidad", 1, "PT5M"));
        DefenderDraft withAnasPhone = new DefenderDraft("Marta", "+50255120001", "es", "GT", "p", "4821", "9173",
                null, 0, null, null, null, null);
        assertThatThrownBy(() -> saveDefender.create("operadora", withAnasPhone))
                .isInstanceOfSatisfying(DirectoryConflict.class, conflict -> assertThat(conflict.field()).isEqualTo("phone"));
    }

    @Test
    void anEditKeepsPinsLeftOutAndRefusesANewPinEqualToTheKeptDuressPin() {
        savePolicy.save("operadora", "p", policy("group:unidad", 1, "PT5M"));
        String marta = saveDefender.create("operadora", defender("p", "4821", "9173", "mariposa"));
        String token = issueDeviceToken.issue("operadora", marta).token();

        saveDefender.update("operadora", marta, defender("p", null, null, null));
        PersonSnapshot edited = (PersonSnapshot) directory.published.get(directory.published.size() - 1);
        assertThat(hashes.matchesPin("4821", edited.pinHash())).isTrue();
        assertThat(edited.codeWordHash()).isEqualTo(hashes.fingerprint("mariposa"));
        assertThat(edited.deviceTokenHashes()).containsExactly(hashes.fingerprint(token));

        assertThatThrownBy(() -> saveDefender.update("operadora", marta, defender("p", "9173", null, null)))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code)
                                .containsExactly(tuple("pin", "duress-same-as-pin")));
        assertThatThrownBy(() -> saveDefender.update("operadora", "nobody", defender("p", null, null, null)))
                .isInstanceOf(NotInDirectory.class);
    }

    @Test
    void removingSaysWhatStillNamesAResponderAGroupOrAPolicy() {
        savePolicy.save("operadora", "p", policy("responder:" + ana, 1, "PT5M"));
        savePolicy.save("operadora", "q", policy("group:unidad", 1, "PT5M"));
        String marta = saveDefender.create("operadora", defender("q", "4821", "9173", null));

        assertThatThrownBy(() -> removePerson.removeResponder("operadora", ana))
                .hasMessageContaining("policy p").hasMessageContaining("group unidad");
        assertThatThrownBy(() -> removeGroup.remove("operadora", "unidad")).hasMessageContaining("policy q");
        assertThatThrownBy(() -> removePolicy.remove("operadora", "q")).hasMessageContaining(marta);

        removePerson.removeDefender("operadora", marta);
        removePolicy.remove("operadora", "q");
        removeGroup.remove("operadora", "unidad");
        removePolicy.remove("operadora", "p");
        removePerson.removeResponder("operadora", ana);

        assertThat(directory.tombstones).containsExactly("directory.people " + marta, "directory.people " + ana);
        assertThat(directory.version("q", 1)).isPresent();
        assertThat(directory.audit).contains("operadora DELETE defender:" + marta, "operadora DELETE group:unidad",
                "operadora DELETE responder:" + ana);
    }

    @Test
    void aGroupOfUnknownRespondersIsRefused() {
        assertThatThrownBy(() -> saveGroup.save("operadora", "g", new GroupDraft("G", List.of(ana, "nobody"))))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                .containsExactly(tuple("members[1]", "unknown-responder", List.of("nobody"))));
    }

    private DefenderDraft withSeizedCodeWord(String policyId, String phone, String codeWord, String seizedCodeWord) {
        return new DefenderDraft("Marta", phone, "mam", "GT", policyId, null, null, codeWord, 1, null, null, null,
                seizedCodeWord);
    }

    private PersonSnapshot latestSnapshot() {
        return (PersonSnapshot) directory.published.get(directory.published.size() - 1);
    }

    @Test
    void aCodeWordForASeizedPhoneIsPublishedAsAFingerprintIsNoOtherDefendersAndNeverHerCodeWord() {
        savePolicy.save("operadora", "p", policy("group:unidad", 1, "PT5M"));
        String marta = saveDefender.create("operadora", new DefenderDraft("Marta", "5512 0009", "mam", "GT", "p",
                "4821", "9173", "mariposa", 1, null, null, null, "¡Colibrí!"));
        assertThat(latestSnapshot().seizedCodeWordHash()).isEqualTo(hashes.fingerprint("colibri"));
        assertThat(latestSnapshot().phoneSeized()).isFalse();

        assertThatThrownBy(() -> saveDefender.create("operadora", new DefenderDraft("Rosa", "5512 0010", "mam", "GT",
                "p", "4821", "9173", null, 1, null, null, null, "colibri")))
                .isInstanceOfSatisfying(DirectoryConflict.class, conflict -> {
                    assertThat(conflict.field()).isEqualTo("seizedCodeWord");
                    assertThat(conflict.code()).isEqualTo("taken");
                });
        assertThatThrownBy(() -> saveDefender.update("operadora", marta,
                withSeizedCodeWord("p", "5512 0009", null, "Mariposa")))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code)
                                .containsExactly(tuple("seizedCodeWord", "seized-same-as-code-word")));
        assertThatThrownBy(() -> saveDefender.update("operadora", marta,
                withSeizedCodeWord("p", "5512 0009", "colibri", null)))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code)
                                .containsExactly(tuple("codeWord", "seized-same-as-code-word")));

        saveDefender.update("operadora", marta, withSeizedCodeWord("p", "5512 0009", null, null));
        assertThat(latestSnapshot().seizedCodeWordHash()).as("left out, kept").isEqualTo(hashes.fingerprint("colibri"));
        saveDefender.update("operadora", marta, withSeizedCodeWord("p", "5512 0009", null, ""));
        assertThat(latestSnapshot().seizedCodeWordHash()).isNull();
        assertThat(directory.defender(marta).orElseThrow().secrets().codeWordHash())
                .isEqualTo(hashes.fingerprint("mariposa"));
    }

    @Test
    void herDevicesAreKeptSideBySideAndRevokedOneByOneOrAllAtOnceEachTimeRepublished() {
        savePolicy.save("operadora", "p", policy("group:unidad", 1, "PT5M"));
        String marta = saveDefender.create("operadora", defender("p", "4821", "9173", null));
        IssueDeviceToken.IssuedDevice first = issueDeviceToken.issue("operadora", marta);
        IssueDeviceToken.IssuedDevice second = issueDeviceToken.issue("operadora", marta);
        assertThat(latestSnapshot().deviceTokenHashes()).containsExactly(hashes.fingerprint(first.token()),
                hashes.fingerprint(second.token()));
        assertThat(first.deviceId()).isEqualTo(DeviceId.of(hashes.fingerprint(first.token())));
        assertThat(first.toString()).doesNotContain(first.token());

        revokeDevices.revoke("operadora", marta, first.deviceId());

        assertThat(latestSnapshot().deviceTokenHashes()).containsExactly(hashes.fingerprint(second.token()));
        assertThatThrownBy(() -> revokeDevices.revoke("operadora", marta, first.deviceId()))
                .isInstanceOf(NotInDirectory.class);
        assertThatThrownBy(() -> revokeDevices.revokeAll("operadora", "nobody")).isInstanceOf(NotInDirectory.class);

        revokeDevices.revokeAll("operadora", marta);

        assertThat(latestSnapshot().deviceTokenHashes()).isEmpty();
        assertThat(directory.audit).containsSubsequence("operadora ISSUE_DEVICE_TOKEN defender:" + marta,
                "operadora ISSUE_DEVICE_TOKEN defender:" + marta, "operadora REVOKE_DEVICE defender:" + marta,
                "operadora REVOKE_ALL_DEVICES defender:" + marta);
    }

    @Test
    void theDevicesOfADefenderAreReadOldestFirstAndTheReadingIsAudited() {
        savePolicy.save("operadora", "p", policy("group:unidad", 1, "PT5M"));
        String marta = saveDefender.create("operadora", defender("p", "4821", "9173", null));
        UUID device = issueDeviceToken.issue("operadora", marta).deviceId();
        ReadDirectory read = new ReadDirectory(directory, directory, directory, CLOCK);

        assertThat(read.devices("auditada", marta)).extracting(Device::id, Device::lastUsedAt)
                .containsExactly(tuple(device, null));
        assertThat(directory.audit).endsWith("auditada READ defender:" + marta);
        assertThatThrownBy(() -> read.devices("auditada", "nobody")).isInstanceOf(NotInDirectory.class);
    }

    @Test
    void noDeviceIsEnrolledWhileHerPhoneIsMarkedSeized() {
        savePolicy.save("operadora", "p", policy("group:unidad", 1, "PT5M"));
        String marta = saveDefender.create("operadora", defender("p", "4821", "9173", null));
        directory.seizePhone(marta, "operadora", CLOCK.instant());

        assertThatThrownBy(() -> issueDeviceToken.issue("operadora", marta))
                .isInstanceOf(DirectoryConflict.class).hasMessageContaining("marked seized");
        assertThat(directory.devices(marta)).isEmpty();
    }

    @Test
    void anEditKeepsHerPhoneMarkedSeizedInHerSnapshot() {
        savePolicy.save("operadora", "p", policy("group:unidad", 1, "PT5M"));
        String marta = saveDefender.create("operadora", defender("p", "4821", "9173", null));
        directory.seizePhone(marta, "operadora", CLOCK.instant());

        saveDefender.update("operadora", marta, defender("p", null, null, null));

        assertThat(latestSnapshot().phoneSeized()).isTrue();
        assertThat(directory.defender(marta).orElseThrow().phoneSeizedSince()).isEqualTo(CLOCK.instant());
    }
}
