/**
 * Oversight (监督): what supervisors need to keep statutory deadlines. The dashboard pages and exports read
 * the worklist's counts and lists; a deadline watch raises reminders and escalations once per due date;
 * supervisors reassign tasks and extend deadlines where the law allows; notifications reach people in the
 * application and by mail. Owns no BPMN element: it watches them all.
 */
package org.qualityloop.oversight;
