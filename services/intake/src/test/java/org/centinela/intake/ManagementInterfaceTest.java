package org.centinela.intake;

import io.quarkus.test.junit.QuarkusTest;
import org.centinela.testing.ManagementInterfaceContract;

/** Health, metrics and the OpenAPI document on the management port only, never on the public one. */
@QuarkusTest
class ManagementInterfaceTest extends ManagementInterfaceContract {
}
