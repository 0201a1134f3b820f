package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.centinela.problem.MalformedParameterException;
import org.junit.jupiter.api.Test;

class FormTextTest {

    @Test
    void aLoneSurrogateIsRefusedNamingItsFieldWithoutQuotingIt() {
        assertThatThrownBy(() -> FormText.readable(Map.of("name", List.of("Ana"), "text", List.of("secreto\uD800"))))
                .isInstanceOfSatisfying(MalformedParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("text");
                    assertThat(e.getMessage()).doesNotContain("secreto");
                });
        assertThatThrownBy(() -> FormText.readable("verification", "\uDC00"))
                .isInstanceOfSatisfying(MalformedParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("verification"));
    }

    @Test
    void aFieldWhoseNameCarriesANulIsNamedAsTheForm() {
        assertThatThrownBy(() -> FormText.readable(Map.of("na\0me", List.of("Ana"))))
                .isInstanceOfSatisfying(MalformedParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("form"));
    }

    @Test
    void aFormOfWordsAndEmojisIsReadAsPosted() {
        Map<String, List<String>> form = Map.of("name", List.of("Doña Rosa 🌻"), "channels", List.of("SMS", "EMAIL"));

        assertThat(FormText.readable(form)).isSameAs(form);
        assertThat(FormText.readable("kind", null)).isNull();
    }
}
