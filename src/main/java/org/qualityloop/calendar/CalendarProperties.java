package org.qualityloop.calendar;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The time zone in which statutory days begin and end (all of China keeps Beijing time). */
@ConfigurationProperties("qualityloop.calendar")
public record CalendarProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
