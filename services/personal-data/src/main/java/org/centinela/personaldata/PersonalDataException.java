package org.centinela.personaldata;

/**
 * A sealed value or a wrapped data key that cannot be opened: altered, bound to another person or field, sealed under
 * a key that is not there, or malformed. The message names keys, owners and fields, never a value.
 */
public class PersonalDataException extends RuntimeException {

    public PersonalDataException(String message) {
        super(message);
    }

    public PersonalDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
