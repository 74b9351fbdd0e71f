/**
 * Oversight (监督): what supervisors need to keep statutory deadlines. Dashboards, the overdue list and
 * exports read the open-task read model that {@code process} keeps in the engine's own transaction. A
 * deadline watch raises reminders and escalations once per due date; supervisors reassign tasks and extend
 * deadlines where the law allows. Owns no BPMN element: it watches them all.
 */
package org.qualityloop.oversight;
