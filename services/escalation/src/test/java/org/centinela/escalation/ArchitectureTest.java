package org.centinela.escalation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java; the use cases know no adapter and no infrastructure. */
@AnalyzeClasses(packages = "org.centinela.escalation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..escalation.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.quarkus..", "io.smallrye..", "io.vertx..", "org.apache.kafka..", "jakarta..", "javax.sql..",
                    "org.hibernate..", "com.fasterxml..", "..escalation.application..", "..escalation.adapter..");

    @ArchTest
    static final ArchRule useCasesKnowNoInfrastructure = noClasses().that().resideInAPackage("..escalation.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.quarkus..", "io.smallrye..", "io.vertx..", "org.apache.kafka..", "jakarta.ws..",
                    "jakarta.persistence..", "javax.sql..", "org.hibernate..", "..escalation.adapter..");
}
