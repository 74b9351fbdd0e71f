/**
 * Objection and re-test (异议与复检, 产品质量法 Art.15): the enterprise's answer within the window, deemed
 * acceptance when the window closes, the acceptance decision, the re-test at a different institution
 * (复检, same backup sample), the review, and the supervisor's approval. Owns {@code objection.bpmn} and the
 * main process's {@code liftStopSale} step for results overturned.
 */
package org.qualityloop.objection;
