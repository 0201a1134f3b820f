package org.centinela.console;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.centinela.testing.PortsAndAdapters;
import org.centinela.testing.SecuredEndpoints;

@AnalyzeClasses(packages = "org.centinela.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = PortsAndAdapters.domainIsPlainJava("org.centinela.console");

    @ArchTest
    static final ArchRule useCasesKnowNoAdapters = PortsAndAdapters.useCasesKnowNoAdapters("org.centinela.console");

    @ArchTest
    static final ArchRule everyEndpointSaysWhoMayCallIt =
            SecuredEndpoints.everyEndpointSaysWhoMayCallIt("org.centinela.console");
}
