package org.centinela.console.adapter.in.web;

import java.util.List;
import java.util.Map;
import org.centinela.problem.ForbiddenCharacters;
import org.centinela.problem.MalformedParameterException;

/**
 * What the console refuses in a posted form before it reads it or passes it on: a NUL or a lone surrogate
 * ({@link ForbiddenCharacters}), which no person types and no service stores. The refusal names the field
 ({@code form} when its name is what carries the character) and never quotes the value.
 */
final class FormText {

    static final String FORM = "form";

    private FormText() {
    }

    /** {@code fields} as posted, or a 400 naming the first field that carries a forbidden character. */
    static <F extends Map<String, List<String>>> F readable(F fields) {
        fields.forEach((name, values) -> {
            if (ForbiddenCharacters.foundIn(name)) {
                throw refused(FORM);
            }
            if (values != null && values.stream().anyMatch(ForbiddenCharacters::foundIn)) {
                throw refused(name);
            }
        });
        return fields;
    }

    /** One field posted on its own ({@code @FormParam}): the value, or a 400 naming it. */
    static String readable(String name, String value) {
        if (ForbiddenCharacters.foundIn(value)) {
            throw refused(name);
        }
        return value;
    }

    private static MalformedParameterException refused(String field) {
        return new MalformedParameterException(field, "The field '" + field + "' " + ForbiddenCharacters.RULE);
    }
}
