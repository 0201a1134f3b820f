package org.centinela.productionguard;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jboss.logging.Logger;

/**
 * Refuses a start with unsafe settings ({@link UnsafeSettings}): while Quarkus builds the configuration, before the
 * database, the broker or Keycloak is reached. It logs one line naming every unsafe setting (never a value) and fails
 * the validation, so the process exits with a non-zero status.
 */
public final class ProductionGuard implements ConstraintValidator<SafeToStart, ProductionGuardSettings> {

    private static final Logger LOG = Logger.getLogger(ProductionGuard.class);

    @Override
    public boolean isValid(ProductionGuardSettings settings, ConstraintValidatorContext context) {
        if (settings == null) {
            return true;
        }
        UnsafeSettings unsafe = UnsafeSettings.of(settings);
        if (unsafe.none()) {
            return true;
        }
        LOG.error(unsafe.describe());
        // Quarkus prints the violation too: it points at the line above rather than repeat it.
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("refused the start: the unsafe settings are named in the ERROR line"
                + " of " + ProductionGuard.class.getName() + " above").addConstraintViolation();
        return false;
    }
}
