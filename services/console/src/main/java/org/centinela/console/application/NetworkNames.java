package org.centinela.console.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Who the targets of a policy are, by name, as far as the signed-in person may know them. */
public interface NetworkNames {

    /**
     * For each target ({@code group:<id>}, {@code responder:<id>}) the names of the people it reaches; a group
     * or responder that cannot be read is named by its own name or, failing that, its id.
     */
    Map<String, List<String>> peopleOf(Collection<String> targets);
}
