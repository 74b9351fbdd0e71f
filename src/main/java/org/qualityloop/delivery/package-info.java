/**
 * Result delivery (检验结论送达): issuing the result notice and recording its service. Owns
 * {@code result-delivery.bpmn}: tasks {@code issueResultNotice}, {@code recordService}, and the timer
 * {@code announcementServiceEffective} after which service by announcement counts as made.
 */
package org.qualityloop.delivery;
