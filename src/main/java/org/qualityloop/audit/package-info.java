/**
 * The audit trail of record (等保 2.0 level 3): sign-ins, sign-outs and failed attempts, every read of a case
 * file, document or attachment, every export, kept append-only in {@code audit_record} with each row's hash
 * over its content and the previous row's; the verification of that chain and of the case event log's; the
 * audit administrator's search and export. Other modules record through {@link org.qualityloop.audit.AuditTrail}.
 */
package org.qualityloop.audit;
