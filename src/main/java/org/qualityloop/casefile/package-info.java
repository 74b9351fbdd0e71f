/**
 * The case aggregate every stage shares: product, parties, failed items, status, stage and track, with
 * the guarded transitions that refuse illegal moves; the append-only event log that is the audit trail
 * of record; the deadlines that apply to the case; the numbered documents issued on it; the enterprise
 * registry; the scope rule ({@link org.qualityloop.casefile.CaseAccess}) and the aging of open cases.
 * Owns the {@code caseStages} listener the main process calls as it enters each stage.
 */
package org.qualityloop.casefile;
