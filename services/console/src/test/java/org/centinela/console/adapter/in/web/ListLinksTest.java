package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListLinksTest {

    @Test
    void theNextPageKeepsTheSearch() {
        ListLinks links = ListLinks.of("responders", "Ana María", 0, 50);

        assertThat(links.next()).isEqualTo("/network/responders?search=Ana+Mar%C3%ADa&offset=50");
        assertThat(links.first()).as("already on the first page").isEmpty();
    }

    @Test
    void pastTheFirstPageThereIsAWayBackToIt() {
        assertThat(ListLinks.of("groups", "", 100, 150)).isEqualTo(new ListLinks("/network/groups?offset=150", "/network/groups"));
        assertThat(ListLinks.of("defenders", "Marta", 50, null))
                .isEqualTo(new ListLinks("", "/network/defenders?search=Marta"));
    }
}
