package org.centinela.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string (a value or a key) that carries a {@linkplain ForbiddenCharacters forbidden character}. Jackson adds
 * the path of the field as the exception travels up, so that the answer can name it; the message never quotes the
 * value.
 */
public final class ForbiddenCharacterException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    ForbiddenCharacterException(JsonParser parser) {
        super(parser, "A string " + ForbiddenCharacters.RULE, String.class);
    }
}
