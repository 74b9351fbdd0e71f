/**
 * Administrative penalty or transfer (行政处罚 / 移送, 市场监督管理行政处罚程序规定): lead verification and the
 * filing decision, investigation, legal review, prior notice with the party's statement or hearing,
 * the decision within 90 days of filing, and its execution; suspected crimes are transferred.
 * Owns {@code penalty.bpmn} and its timer {@code statementPeriodExpired}.
 */
package org.qualityloop.penalty;
