/**
 * The case aggregate every stage shares: product, parties, failed items, status, stage and track, with
 * the guarded transitions that refuse illegal moves; the append-only event log that is the audit trail
 * of record; the deadlines that apply to the case; and the numbered documents issued on it.
 * Owns the {@code caseStages} listener the main process calls as it enters each stage.
 */
package org.qualityloop.casefile;
