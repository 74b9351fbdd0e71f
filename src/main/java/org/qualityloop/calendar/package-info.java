/**
 * Statutory periods the way the law counts them: calendar days with the start day excluded and a
 * rest-day end moved to the next working day, working days that skip holidays but count make-up
 * working days. Holidays and deadline rules are data. Plugged into Camunda as its {@code dueDate}
 * and {@code duration} business calendars, so every task due date and timer in {@code processes/}
 * agrees with what the API shows.
 */
package org.qualityloop.calendar;
