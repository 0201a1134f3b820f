package org.centinela.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LocalMasterKeysTest {

    private static final String K1 = "k1:" + key(1);
    private static final String K2 = "k2:" + key(2);

    @Test
    void theFirstKeyIsCurrentAndWraps() {
        MasterKeys keys = LocalMasterKeys.parse(K2 + "," + K1);
        DataKey hers = DataKey.generate("marta", 1);

        WrappedDataKey wrapped = keys.wrap(hers);

        assertThat(keys.current()).isEqualTo("k2");
        assertThat(wrapped.masterKeyId()).isEqualTo("k2");
        assertThat(wrapped.wrapped()).hasSize(12 + 32 + 16);
        assertThat(keys.unwrap(wrapped).material()).isEqualTo(hers.material());
    }

    @Test
    void aFieldSealedUnderAKeyWrappedByK1StillOpensOnceRewrappedUnderK2AndK1Removed() {
        DataKey hers = DataKey.generate("marta", 1);
        String sealed = hers.seal("phone", "+50255550101");
        WrappedDataKey underK1 = LocalMasterKeys.parse(K1).wrap(hers);

        WrappedDataKey underK2 = LocalMasterKeys.parse(K2 + "," + K1).rewrap(underK1);
        MasterKeys onlyK2 = LocalMasterKeys.parse(K2);

        assertThat(underK2.masterKeyId()).isEqualTo("k2");
        assertThat(onlyK2.unwrap(underK2).open("phone", sealed)).isEqualTo("+50255550101");
        assertThatThrownBy(() -> onlyK2.unwrap(underK1)).isInstanceOf(PersonalDataException.class)
                .hasMessage("the data key of marta is wrapped under master key k1, which is not configured"
                        + " (configured: k2)");
    }

    @Test
    void aKeyWrappedUnderTheCurrentKeyIsLeftAsItIs() {
        MasterKeys keys = LocalMasterKeys.parse(K2);
        WrappedDataKey wrapped = keys.wrap(DataKey.generate("marta", 1));

        assertThat(keys.rewrap(wrapped)).isSameAs(wrapped);
    }

    @Test
    void aWrappedKeyMovedToAnotherOwnerDoesNotUnwrap() {
        MasterKeys keys = LocalMasterKeys.parse(K1);
        WrappedDataKey hers = keys.wrap(DataKey.generate("marta", 1));

        assertThatThrownBy(() -> keys.unwrap(new WrappedDataKey("ana", 1, "k1", hers.wrapped())))
                .isInstanceOf(PersonalDataException.class).hasMessageContaining("the data key of ana does not open");
    }

    @Test
    void aKeyUnderAnIdThatIsNotItsOwnDoesNotUnwrap() {
        WrappedDataKey underK1 = LocalMasterKeys.parse(K1).wrap(DataKey.generate("marta", 1));
        String sameBytesAsK1CalledK2 = "k2:" + key(1);

        assertThatThrownBy(() -> LocalMasterKeys.parse(sameBytesAsK1CalledK2).unwrap(
                new WrappedDataKey("marta", 1, "k2", underK1.wrapped()))).isInstanceOf(PersonalDataException.class);
    }

    @Test
    void malformedKeysAreRefusedWithoutPrintingThem() {
        assertThatThrownBy(() -> LocalMasterKeys.parse(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no master key");
        assertThatThrownBy(() -> LocalMasterKeys.parse("k1")).hasMessage(
                "master key 1 is not <id>:<base64 of 32 bytes>");
        assertThatThrownBy(() -> LocalMasterKeys.parse("k1:not base64!")).hasMessage("master key k1 is not base64");
        assertThatThrownBy(() -> LocalMasterKeys.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessage("master key k1 has 16 bytes, not 32");
        assertThatThrownBy(() -> LocalMasterKeys.parse(K1 + "," + K1)).hasMessage("master key k1 is given twice");
    }

    private static String key(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return Base64.getEncoder().encodeToString(key);
    }
}
