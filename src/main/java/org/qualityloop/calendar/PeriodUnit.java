package org.qualityloop.calendar;

/** 日 versus 工作日: the two ways the law counts a period. */
public enum PeriodUnit {
    CALENDAR_DAYS,
    WORKING_DAYS
}
