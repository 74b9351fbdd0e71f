/**
 * Enterprise risk grade (企业风险等级): each enterprise graded A to D from its history of results, by the decision
 * table {@code enterprise-risk-grade.dmn}, with the facts that decided it; recomputed in the transaction of every case
 * event that changes its inputs. Owns {@code enterprise_risk_grade}; offers the grade and the history to the case
 * file, the registry, the enterprise's portal and the classification table.
 */
package org.qualityloop.grading;
