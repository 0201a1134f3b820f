package org.centinela.console.application;

import java.util.List;
import org.centinela.console.domain.documentation.Counted;
import org.centinela.console.domain.documentation.DocumentedRecord;

/** The incident reports and alerts the console's read model knows, for the documentation of attacks. */
public interface DocumentationRecords {

    /** Every report, or every alert once with the signal that opened it, oldest first. */
    List<DocumentedRecord> all(Counted counted);
}
