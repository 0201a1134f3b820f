package org.centinela.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every Centinela app keeps (docs/architecture.md): {@code domain} is plain Java, and
 * the use cases in {@code application} know neither adapters nor infrastructure. A service's
 * {@code ArchitectureTest} applies these to its root package.
 */
public final class PortsAndAdapters {

    private static final String[] INFRASTRUCTURE = {
        "io.quarkus..", "io.smallrye..", "io.vertx..", "org.apache.kafka..", "jakarta.ws..", "jakarta.persistence..",
        "javax.sql..", "java.sql..", "org.hibernate..", "com.twilio.."
    };

    private PortsAndAdapters() {
    }

    /** The domain imports no framework, no JSON library, no CDI, and nothing of the layers around it. */
    public static ArchRule domainIsPlainJava(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(INFRASTRUCTURE,
                        "jakarta..", "com.fasterxml..", rootPackage + ".application..", rootPackage + ".adapter.."))
                .allowEmptyShould(false);
    }

    /** The use cases depend on the domain and on their ports, never on an adapter or on infrastructure. */
    public static ArchRule useCasesKnowNoAdapters(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(INFRASTRUCTURE, rootPackage + ".adapter.."))
                .allowEmptyShould(false);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
