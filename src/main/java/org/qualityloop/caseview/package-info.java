/**
 * The case as people read it: the case list, the case file page and {@code GET /api/v1/cases/{id}}, composed
 * from the case file, its open tasks and timers, its deadlines and their extensions. It sits above the
 * modules it composes, so none of them depends on it.
 */
package org.qualityloop.caseview;
