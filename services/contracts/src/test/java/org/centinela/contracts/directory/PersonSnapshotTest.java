package org.centinela.contracts.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.centinela.contracts.Examples;
import org.centinela.contracts.notification.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonSnapshotTest {

    private static PersonSnapshot person(PersonRole role, String phone, String email, String language,
            String country, int baselineRisk, String pinHash, String duressPinHash) {
        return new PersonSnapshot("person-1", role, Examples.NAME, phone, email, language, country,
                Set.of(Channel.SMS), null, baselineRisk, true, pinHash, duressPinHash, null, List.of(), Examples.AT);
    }

    private static PersonSnapshot responderWithPhone(String phone) {
        return person(PersonRole.RESPONDER, phone, null, "es", null, 0, null, null);
    }

    @Test
    void isKeyedByThePerson() {
        assertThat(Examples.defender().key()).isEqualTo(Examples.DEFENDER_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+50255512345", "+14155550100", "+5215512345678", "+1234567"})
    void acceptsE164Numbers(String phone) {
        assertThat(responderWithPhone(phone).phone()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"50255512345", "+0255512345", "+123456", "+1234567890123456", "+502 5551 2345",
        "+502-5551-2345", "", "tel:+50255512345"})
    void refusesAnythingElseWithoutRepeatingIt(String phone) {
        assertThatThrownBy(() -> responderWithPhone(phone))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("phone must be in E.164 form: + and 7 to 15 digits");
    }

    @Test
    void aDefenderNeedsBothPinHashes() {
        assertThatThrownBy(() -> person(PersonRole.DEFENDER, Examples.PHONE, null, "es", "GT", 2, null, "d"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("pinHash must not be null");
        assertThatThrownBy(() -> person(PersonRole.DEFENDER, Examples.PHONE, null, "es", "GT", 2, "p", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("duressPinHash must not be null");
    }

    @Test
    void aResponderNeedsNoPin() {
        assertThat(Examples.responder().pinHash()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4})
    void refusesABaselineRiskOutside0To3(int baselineRisk) {
        assertThatThrownBy(() -> person(PersonRole.DEFENDER, Examples.PHONE, null, "es", "GT", baselineRisk, "p",
                "d"))
                .hasMessage("baselineRisk must be 0..3, was " + baselineRisk);
    }

    @Test
    void refusesAMalformedEmailLanguageOrCountry() {
        assertThatThrownBy(() -> person(PersonRole.RESPONDER, Examples.PHONE, "marta.example.org", "es", null, 0,
                null, null))
                .hasMessage("email must be an e-mail address");
        assertThatThrownBy(() -> person(PersonRole.RESPONDER, Examples.PHONE, null, "Spanish", null, 0, null, null))
                .hasMessage("language must be a language tag such as es, en or quc, was 'Spanish'");
        assertThatThrownBy(() -> person(PersonRole.RESPONDER, Examples.PHONE, null, "es", "gt", 0, null, null))
                .hasMessage("country must be an ISO 3166 alpha-2 code such as GT, was 'gt'");
    }

    @Test
    void keepsImmutableCopiesOfChannelsAndTokenHashes() {
        Set<Channel> channels = EnumSet.of(Channel.SMS);
        List<String> tokens = new ArrayList<>(List.of(Examples.DEVICE_TOKEN_HASH));
        PersonSnapshot person = new PersonSnapshot("person-1", PersonRole.DEFENDER, Examples.NAME, Examples.PHONE,
                null, "es", "GT", channels, null, 1, false, "p", "d", null, tokens, Examples.AT);
        channels.add(Channel.EMAIL);
        tokens.clear();

        assertThat(person.channels()).containsExactly(Channel.SMS);
        assertThat(person.deviceTokenHashes()).containsExactly(Examples.DEVICE_TOKEN_HASH);
        assertThatThrownBy(() -> person.channels().add(Channel.VOICE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringShowsOnlyTheIdAndRole() {
        assertThat(Examples.defender().toString())
                .isEqualTo("PersonSnapshot[personId=" + Examples.DEFENDER_ID + ", role=DEFENDER]");
    }

    @Test
    void aSeizedPhonesDefenderHasNoDeviceToken() {
        PersonSnapshot withDevice = org.centinela.contracts.Examples.defender();
        PersonSnapshot withoutDevice = new PersonSnapshot(withDevice.personId(), withDevice.role(), withDevice.name(),
                withDevice.phone(), null, "es", null, withDevice.channels(), null, 0, true, "pin", "duress", null,
                java.util.List.of(), withDevice.updatedAt());
        PersonSnapshot seized = withoutDevice.withSeizure(true, "seized-word-hash");
        assertThat(seized.phoneSeized()).isTrue();
        assertThat(seized.seizedCodeWordHash()).isEqualTo("seized-word-hash");
        assertThatThrownBy(() -> withDevice.withSeizure(true, null))
                .hasMessage("a seized phone's defender has no device token");
        assertThat(withDevice.phoneSeized()).isFalse();
    }
}
