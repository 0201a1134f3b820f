package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.centinela.contracts.notification.Channel;
import org.junit.jupiter.api.Test;

class WhoIsOnItTest {

    private static final List<String> FOUR = List.of("Ana López", "Luisa Fernanda Xiloj", "Rosa", "Marta Julia");

    @Test
    void anSmsNamesTheFirstThatFitAndCountsTheOthers() {
        assertThat(WhoIsOnIt.on(Channel.SMS, FOUR)).isEqualTo(new WhoIsOnIt(List.of("Ana López", "Luisa Fernanda Xiloj"), 2));
    }

    @Test
    void callsAndEmailsHaveRoomForMore() {
        assertThat(WhoIsOnIt.on(Channel.VOICE, FOUR).names()).hasSize(4);
        assertThat(WhoIsOnIt.on(Channel.EMAIL, FOUR).more()).isZero();
    }

    @Test
    void aNameLongerThanTheRoomIsCutButNobodyIsLeftUnmentioned() {
        WhoIsOnIt one = WhoIsOnIt.on(Channel.SMS, List.of("María de los Ángeles Hernández Ajquijay", "Rosa"));

        assertThat(one.names()).singleElement().asString().hasSizeLessThanOrEqualTo(WhoIsOnIt.SMS_ROOM);
        assertThat(one.more()).isEqualTo(1);
    }

    @Test
    void nobodyNamesNobodyAndItsDescriptionNamesNobody() {
        assertThat(WhoIsOnIt.nobody().anyone()).isFalse();
        assertThat(WhoIsOnIt.on(Channel.SMS, FOUR).toString()).doesNotContain("Ana");
    }
}
