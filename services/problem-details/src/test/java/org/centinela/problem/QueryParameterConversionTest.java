package org.centinela.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryParameterConversionTest {

    private final QueryParameterConversion conversion = new QueryParameterConversion();

    @Test
    void aQueryNumberIsReadAsJaxRsReadsIt() {
        assertThat(conversion.getConverter(int.class, int.class, annotations("page")).fromString("3")).isEqualTo(3);
        assertThat(conversion.getConverter(Long.class, Long.class, annotations("before")).fromString("-7")).isEqualTo(-7L);
        UUID id = UUID.randomUUID();
        assertThat(conversion.getConverter(UUID.class, UUID.class, annotations("after")).fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void aQueryValueThatIsNotOfItsTypeIsABadRequestNamingTheParameter() {
        assertThatThrownBy(() -> conversion.getConverter(int.class, int.class, annotations("page")).fromString("abc"))
                .isInstanceOfSatisfying(MalformedParameterException.class, refused -> {
                    assertThat(refused.parameter()).isEqualTo("page");
                    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
                    assertThat(refused.getMessage()).isEqualTo("The query parameter 'page' must be a whole number");
                });
        assertThatThrownBy(() -> conversion.getConverter(UUID.class, UUID.class, annotations("after")).fromString("x"))
                .hasMessage("The query parameter 'after' must be a UUID");
    }

    @Test
    void pathParametersAndOtherTypesKeepTheirOwnConversion() throws Exception {
        Annotation[] path = Holder.class.getDeclaredMethod("item", UUID.class).getParameterAnnotations()[0];

        assertThat(conversion.getConverter(UUID.class, UUID.class, path)).isNull();
        assertThat(conversion.getConverter(String.class, String.class, annotations("search"))).isNull();
        assertThat(conversion.getConverter(boolean.class, boolean.class, annotations("removed"))).isNull();
    }

    private static Annotation[] annotations(String name) {
        return new Annotation[] {new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        }};
    }

    interface Holder {
        void item(@PathParam("id") UUID id);
    }
}
