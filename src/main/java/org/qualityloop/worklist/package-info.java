/**
 * The worklist: the open-task read model ({@code open_task}, its candidate rows and the dashboard tally),
 * kept by the engine's task events in the engine's own transaction, and everything that lists or counts
 * open work from it: the inbox page, {@code GET /api/v1/tasks}, the oversight list and the dashboard counts.
 * Its rows carry what lists show of a case, so no list reads another module's tables.
 */
package org.qualityloop.worklist;
