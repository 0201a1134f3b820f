package org.centinela.escalation.application;

/**
 * A phone number and a user name belong to one person only: intake knows a sender by her number, and the
 * engine a responder by her user name; so does a code word for a seized phone, by which intake knows whose phone was
 * seized. The database's unique indexes settle a race; this names the field.
 */
final class Unique {

    private Unique() {
    }

    static void check(People people, String personId, String phone, String username) {
        people.idWithPhone(phone).filter(other -> !other.equals(personId)).ifPresent(other -> {
            throw DirectoryConflict.taken("phone", "phone is already the number of another person of the directory");
        });
        if (username != null) {
            people.idWithUsername(username).filter(other -> !other.equals(personId)).ifPresent(other -> {
                throw DirectoryConflict.taken("username", "username is already the user name of another person");
            });
        }
    }

    /** No other defender has the code word of fingerprint {@code hash} for a seized phone; null is nobody's. */
    static void seizedCodeWord(People people, String defenderId, String hash) {
        if (hash != null) {
            people.idWithSeizedCodeWord(hash).filter(other -> !other.equals(defenderId)).ifPresent(other -> {
                throw DirectoryConflict.taken("seizedCodeWord",
                        "seizedCodeWord is already the code word of another defender");
            });
        }
    }
}
