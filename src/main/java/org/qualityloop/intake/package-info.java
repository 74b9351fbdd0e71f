/**
 * Registering nonconforming results (登记): validation of the report, the parties and the bureaus,
 * idempotency on the report number, and the creation of the case together with its
 * {@code post-processing} instance in one transaction.
 */
package org.qualityloop.intake;
