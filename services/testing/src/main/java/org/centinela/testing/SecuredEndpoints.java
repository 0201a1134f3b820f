package org.centinela.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * Every HTTP endpoint says who may call it. Each service denies what says nothing
 * ({@code quarkus.security.jaxrs.deny-unannotated-endpoints=true}); this rule makes the omission a failing test
 * instead of an endpoint that answers 401 or 403 to everyone. A resource method (a JAX-RS verb or {@code @Path} on a
 * method of a class with {@code @Path}) must carry, or its class must carry, one of {@code @RolesAllowed},
 * {@code @PermitAll}, {@code @DenyAll}, {@code @Authenticated} or {@code @PermissionsAllowed}. {@code @PermitAll}
 * means the endpoint checks its caller itself (a webhook's signature, a link's token, a device's token).
 */
public final class SecuredEndpoints {

    static final List<String> RESOURCE_ANNOTATIONS = List.of("jakarta.ws.rs.GET", "jakarta.ws.rs.POST",
            "jakarta.ws.rs.PUT", "jakarta.ws.rs.DELETE", "jakarta.ws.rs.PATCH", "jakarta.ws.rs.HEAD",
            "jakarta.ws.rs.OPTIONS", "jakarta.ws.rs.Path");

    static final List<String> SECURITY_ANNOTATIONS = List.of("jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll", "jakarta.annotation.security.DenyAll",
            "io.quarkus.security.Authenticated", "io.quarkus.security.PermissionsAllowed");

    private SecuredEndpoints() {
    }

    /** Every resource method of the classes under {@code rootPackage} says who may call it. */
    public static ArchRule everyEndpointSaysWhoMayCallIt(String rootPackage) {
        return methods().that(areResourceMethodsUnder(rootPackage))
                .should(sayWhoMayCallThem())
                .allowEmptyShould(false)
                .because("every endpoint without a role or permission annotation is denied to everyone");
    }

    private static DescribedPredicate<JavaMethod> areResourceMethodsUnder(String rootPackage) {
        return DescribedPredicate.describe("are resource methods of classes in " + rootPackage,
                method -> method.getOwner().getPackageName().startsWith(rootPackage)
                        && !method.getOwner().isInterface()
                        && method.getOwner().isAnnotatedWith("jakarta.ws.rs.Path")
                        && RESOURCE_ANNOTATIONS.stream().anyMatch(method::isAnnotatedWith));
    }

    private static ArchCondition<JavaMethod> sayWhoMayCallThem() {
        return new ArchCondition<>("carry (or their class carry) a security annotation") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean said = SECURITY_ANNOTATIONS.stream()
                        .anyMatch(name -> method.isAnnotatedWith(name) || method.getOwner().isAnnotatedWith(name));
                events.add(new SimpleConditionEvent(method, said, method.getFullName()
                        + (said ? " says who may call it" : " says nobody who may call it: it is denied to everyone")));
            }
        };
    }
}
