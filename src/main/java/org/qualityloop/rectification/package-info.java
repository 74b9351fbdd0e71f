/**
 * Rectification and re-inspection (整改与复查, 18号令 Art.46-49): the order, the enterprise's report, the
 * first re-inspection within 75 days, report-up and the provincial announcement, the second re-inspection
 * 60 to 90 days after it, suspension, and the referral for licence revocation. Owns {@code rectification.bpmn}
 * and its timers {@code rectificationOverdue}, {@code secondReinspectionWindowOpens}, {@code suspensionPeriodEnded}.
 */
package org.qualityloop.rectification;
