package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginChangesTest {

    private static final String CONSOLE = "http://127.0.0.1:8080";

    @ParameterizedTest(name = "{0} from Origin {1}, Sec-Fetch-Site {2}: refused {3}")
    @CsvSource(nullValues = "-", value = {
        "POST,   http://127.0.0.1:8080, same-origin, false",
        "POST,   -,                     none,        false",
        "POST,   http://127.0.0.1:8089, same-site,   true",
        "POST,   https://evil.example,  cross-site,  true",
        "DELETE, https://evil.example,  cross-site,  true",
        "POST,   http://127.0.0.1:8089, -,           true",
        "POST,   null,                  -,           true",
        "POST,   HTTP://127.0.0.1:8080, -,           false",
        "POST,   -,                     -,           false",
        "GET,    https://evil.example,  cross-site,  false",
        "HEAD,   https://evil.example,  cross-site,  false"
    })
    void onlyTheConsolesOwnPagesAskForChanges(String method, String origin, String fetchSite, boolean refused) {
        assertThat(SameOriginChanges.refused(method, origin, fetchSite, CONSOLE)).isEqualTo(refused);
    }

    @Test
    void theOwnOriginIsTheSchemeHostAndPortItWasCalledBy() {
        assertThat(SameOriginChanges.originOf(URI.create("http://127.0.0.1:18080/"))).isEqualTo("http://127.0.0.1:18080");
        assertThat(SameOriginChanges.originOf(URI.create("https://consola.example.org/"))).isEqualTo("https://consola.example.org");
    }
}
