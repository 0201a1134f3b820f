package org.centinela.productionguard;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The settings a service starts with are safe for production ({@link ProductionGuard}). On the configuration mapping
 * {@link ProductionGuardSettings}: Quarkus validates it while it builds the configuration, so a service that is not
 * safe stops before it opens a connection to anything.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ProductionGuard.class)
public @interface SafeToStart {

    String message() default "unsafe settings for production";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
