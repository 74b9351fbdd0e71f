/**
 * Oversight (监督): what supervisors need to keep statutory deadlines. The engine's task events keep a read
 * model of open tasks ({@code open_task}) in the engine's own transaction; dashboards, the overdue list and
 * exports read it. A deadline watch raises reminders and escalations once per due date; supervisors
 * reassign tasks and extend deadlines where the law allows. Owns no BPMN element: it watches them all.
 */
package org.qualityloop.oversight;
