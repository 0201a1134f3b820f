package org.centinela.testing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiOperationsTest {

    @Test
    void readsEachOperationWithItsParametersBodyAndSecurity() {
        assertThat(TestApi.operations().all()).extracting(Operation::key)
                .containsExactlyInAnyOrder("PUT /api/things/{id}", "GET /api/things", "POST /hooks/sms", "GET /open");

        Operation put = TestApi.operation("PUT /api/things/{id}");
        assertThat(put.parametersIn("path")).singleElement().satisfies(id -> {
            assertThat(id.name()).isEqualTo("id");
            assertThat(id.required()).isTrue();
        });
        assertThat(put.body().isJson()).isTrue();
        assertThat(put.body().required()).isTrue();
        assertThat(put.secured()).isTrue();
        assertThat(put.roles()).containsExactly("operator");

        Operation form = TestApi.operation("POST /hooks/sms");
        assertThat(form.body().isForm()).isTrue();
        assertThat(form.secured()).as("an empty requirement is anonymous access").isFalse();
    }

    @Test
    void anOperationWithoutItsOwnSecurityHasTheDocumentsAndNamesNoRole() {
        Operation list = TestApi.operation("GET /api/things");

        assertThat(list.secured()).isTrue();
        assertThat(list.roles()).isEmpty();
        assertThat(list.parametersIn("query")).extracting(Operation.Parameter::name, Operation.Parameter::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("page", true),
                        org.assertj.core.groups.Tuple.tuple("search", false));
    }
}
