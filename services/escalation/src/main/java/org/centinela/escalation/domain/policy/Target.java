package org.centinela.escalation.domain.policy;

import java.util.List;
import java.util.Objects;

/**
 * Whom a level of a policy reaches: every member of a group ({@code group:<groupId>}) or one
 * responder ({@code responder:<responderId>}). {@link #toString()} gives back the text that
 * {@link #parse(String)} reads.
 */
public sealed interface Target {

    String GROUP = "group:";
    String RESPONDER = "responder:";

    /** The id of the group or responder, without its prefix. */
    String id();

    /** Reads {@code group:<id>} or {@code responder:<id>}; anything else is refused. */
    static Target parse(String text) {
        return parse(text, "target");
    }

    /** Like {@link #parse(String)}, naming {@code field} (e.g. {@code targets[0]}) when the text is refused. */
    static Target parse(String text, String field) {
        if (text != null) {
            if (text.startsWith(GROUP) && isId(text.substring(GROUP.length()))) {
                return new Group(text.substring(GROUP.length()));
            }
            if (text.startsWith(RESPONDER) && isId(text.substring(RESPONDER.length()))) {
                return new Responder(text.substring(RESPONDER.length()));
            }
        }
        String was = text == null ? "null" : "'" + text + "'";
        throw new InvalidPolicyException(List.of(
                Violation.of(field, "must be " + GROUP + "<id> or " + RESPONDER + "<id>, was " + was,
                        "not-a-target", text)));
    }

    /** An id is non-empty and holds no whitespace. */
    private static boolean isId(String id) {
        return !id.isEmpty() && id.codePoints().noneMatch(Character::isWhitespace);
    }

    /** Every member of the group {@code groupId}. */
    record Group(String groupId) implements Target {

        public Group {
            Objects.requireNonNull(groupId, "groupId");
            if (!isId(groupId)) {
                throw new IllegalArgumentException("groupId must be non-empty without whitespace, was '" + groupId + "'");
            }
        }

        @Override
        public String id() {
            return groupId;
        }

        @Override
        public String toString() {
            return GROUP + groupId;
        }
    }

    /** The responder {@code responderId}. */
    record Responder(String responderId) implements Target {

        public Responder {
            Objects.requireNonNull(responderId, "responderId");
            if (!isId(responderId)) {
                throw new IllegalArgumentException("responderId must be non-empty without whitespace, was '" + responderId + "'");
            }
        }

        @Override
        public String id() {
            return responderId;
        }

        @Override
        public String toString() {
            return RESPONDER + responderId;
        }
    }
}
