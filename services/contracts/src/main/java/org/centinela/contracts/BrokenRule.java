package org.centinela.contracts;

import java.util.List;

/**
 * A refusal that names the rule it enforces by a stable code (lowercase words joined by hyphens, e.g.
 * {@code out-of-range}) and the rule's values, so that an API can answer it in problem+json and a client can say
 * it in its reader's language. Implemented by domain exceptions; the shared problem mappers read it.
 */
public interface BrokenRule {

    String code();

    /** The rule's values as text, in the order the code's documentation gives them; never personal data. */
    List<String> args();
}
