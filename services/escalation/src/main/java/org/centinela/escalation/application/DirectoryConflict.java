package org.centinela.escalation.application;

/**
 * A change the directory or the policies cannot make as things are (HTTP 409): a phone number another
 * person has, a responder a policy still names, a policy a defender still uses. The message names the
 * field and the ids involved, never personal data.
 *
 * @see #field() the request field at fault; null when the conflict is about the whole record
 */
public class DirectoryConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public DirectoryConflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
