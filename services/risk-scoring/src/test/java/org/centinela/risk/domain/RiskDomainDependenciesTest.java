package org.centinela.risk.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scoring is plain Java: the JDK and the event contracts, nothing else (no Quarkus, no JSON, no CDI). */
class RiskDomainDependenciesTest {

    @Test
    void theDomainDependsOnTheJdkAndTheContractsOnly() {
        JavaClasses domain = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.centinela.risk.domain");

        classes().that().resideInAPackage("org.centinela.risk.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.centinela.risk.domain..",
                        "org.centinela.contracts", "org.centinela.contracts.signal")
                .allowEmptyShould(false)
                .check(domain);
    }
}
