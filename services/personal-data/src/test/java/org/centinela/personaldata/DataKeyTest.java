package org.centinela.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class DataKeyTest {

    private final DataKey hers = DataKey.generate("marta", 1);

    @Test
    void aSealedFieldOpensToWhatWasSealed() {
        String sealed = hers.seal("name", "Marta Ixchel Pérez");

        assertThat(sealed).startsWith("pd1.1.").doesNotContain("Marta");
        assertThat(hers.open("name", sealed)).isEqualTo("Marta Ixchel Pérez");
    }

    @Test
    void sealingTwiceGivesTwoCiphertexts() {
        assertThat(hers.seal("phone", "+50255550101")).isNotEqualTo(hers.seal("phone", "+50255550101"));
    }

    @Test
    void nullStaysNull() {
        assertThat(hers.seal("email", null)).isNull();
        assertThat(hers.open("email", null)).isNull();
    }

    @Test
    void anAlteredCiphertextDoesNotOpen() {
        String sealed = hers.seal("name", "Marta");
        SealedField parsed = SealedField.parse(sealed);
        byte[] bytes = parsed.sealed();
        bytes[bytes.length - 1] ^= 1;
        String altered = new SealedField(parsed.dataKeyVersion(), bytes).text();

        assertThatThrownBy(() -> hers.open("name", altered)).isInstanceOf(PersonalDataException.class)
                .hasMessageContaining("field name of marta does not open");
    }

    @Test
    void aFieldPastedIntoAnotherColumnDoesNotOpen() {
        String phone = hers.seal("phone", "+50255550101");

        assertThatThrownBy(() -> hers.open("name", phone)).isInstanceOf(PersonalDataException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void aFieldPastedIntoAnotherPersonsRowDoesNotOpen() {
        byte[] material = hers.material();
        DataKey sameBytesOtherOwner = DataKey.of("ana", 1, material);

        assertThatThrownBy(() -> sameBytesOtherOwner.open("name", hers.seal("name", "Marta")))
                .isInstanceOf(PersonalDataException.class).hasMessageContaining("field name of ana does not open");
    }

    @Test
    void anotherKeyDoesNotOpen() {
        assertThatThrownBy(() -> DataKey.generate("marta", 1).open("name", hers.seal("name", "Marta")))
                .isInstanceOf(PersonalDataException.class);
    }

    @Test
    void aValueOfAnotherKeyVersionSaysWhichVersionSealedIt() {
        String sealed = DataKey.generate("marta", 2).seal("name", "Marta");

        assertThatThrownBy(() -> hers.open("name", sealed)).isInstanceOf(PersonalDataException.class)
                .hasMessage("field name of marta was sealed under data key version 2, not 1");
    }

    @Test
    void theVersionInTheTextIsBoundToo() {
        SealedField parsed = SealedField.parse(hers.seal("name", "Marta"));
        DataKey sameBytesVersionTwo = DataKey.of("marta", 2, hers.material());

        assertThatThrownBy(() -> sameBytesVersionTwo.open("name", new SealedField(2, parsed.sealed()).text()))
                .isInstanceOf(PersonalDataException.class).hasMessageContaining("does not open");
    }

    @Test
    void plaintextOrMalformedTextIsNoSealedValue() {
        assertThat(SealedField.isSealed("Marta")).isFalse();
        assertThatThrownBy(() -> hers.open("name", "Marta")).isInstanceOf(PersonalDataException.class)
                .hasMessageContaining("not a sealed value").hasMessageNotContaining("Marta");
        assertThatThrownBy(() -> hers.open("name", "pd1.x." + Base64.getUrlEncoder().encodeToString(new byte[40])))
                .isInstanceOf(PersonalDataException.class).hasMessage("a malformed sealed value");
        assertThatThrownBy(() -> hers.open("name", "pd1.1.AAAA")).isInstanceOf(PersonalDataException.class)
                .hasMessageContaining("too short");
    }

    @Test
    void aKeyIsNeverPrinted() {
        assertThat(hers.toString()).isEqualTo("DataKey[marta v1]");
    }
}
