package org.centinela.escalation.application;

/**
 * A change the directory or the policies cannot make as things are (HTTP 409): a phone number another
 * person has, a responder a policy still names, a policy a defender still uses. The message names the
 * field and the ids involved, never personal data.
 *
 * @see #field() the request field at fault; null when the conflict is about the whole record
 * @see #code() the rule broken as a stable code ({@code taken}); null when the conflict names none
 */
public class DirectoryConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;

    public DirectoryConflict(String field, String message) {
        this(field, null, message);
    }

    private DirectoryConflict(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    /** {@code field} holds a value another record has, such as a phone number: code {@code taken}. */
    public static DirectoryConflict taken(String field, String message) {
        return new DirectoryConflict(field, "taken", message);
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
