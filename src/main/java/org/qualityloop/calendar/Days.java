package org.qualityloop.calendar;

import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A due day as people read it, with its weekday: 2027-01-04（周一）, 2027-01-04 (Mon). Whether a deadline falls
 * before or after a weekend is what a reader checks first. Pages call it as {@code @days.of(date)}.
 */
@Component("days")
public class Days {

    private final MessageSource messages;

    Days(MessageSource messages) {
        this.messages = messages;
    }

    /** The day with its weekday in the reader's language; empty for no day. */
    public String of(LocalDate day) {
        return day == null ? "" : messages.getMessage(resolvable(day), LocaleContextHolder.getLocale());
    }

    /** The same, resolved where it is used (in a document's text, in the document's language). */
    public static MessageSourceResolvable resolvable(LocalDate day) {
        return new DefaultMessageSourceResolvable(new String[] {"day.withWeekday"},
                new Object[] {day.toString(), new DefaultMessageSourceResolvable("weekday." + day.getDayOfWeek())});
    }
}
