package org.centinela.intake;

import org.centinela.testing.BoundedConnectionPoolContract;

/** The packaged configuration bounds the PostgreSQL pool (docs/operations.md, connection budget). */
class ConnectionPoolTest extends BoundedConnectionPoolContract {
}
