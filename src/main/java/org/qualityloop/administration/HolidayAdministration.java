package org.qualityloop.administration;

import org.qualityloop.audit.AuditAction;
import org.qualityloop.audit.AuditTrail;
import org.qualityloop.calendar.HolidayYear;
import org.qualityloop.calendar.HolidayYears;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Role;
import org.qualityloop.oversight.CalendarRecount;
import org.qualityloop.oversight.CalendarWarning;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The system administrator loads a year's State Council holiday notice: checked and previewed (which cases,
 * deadlines, tasks and timers it moves), then stored and every deadline that reached into the year recounted.
 */
@Service
public class HolidayAdministration {

    private final HolidayYears years;
    private final CalendarRecount recount;
    private final AuditTrail audit;
    private final CalendarWarning warning;

    HolidayAdministration(HolidayYears years, CalendarRecount recount, AuditTrail audit, CalendarWarning warning) {
        this.warning = warning;
        this.years = years;
        this.recount = recount;
        this.audit = audit;
    }

    /** The notice's usual title, when the administrator gives none. */
    public static String defaultSource(int year) {
        return "国务院办公厅关于" + year + "年部分节假日安排的通知";
    }

    /** What loading would move; nothing is stored. Problems of the file are reported line by line. */
    public CalendarRecount.Summary preview(Actor actor, int year, String source, String csv) {
        return recount.preview(checked(actor, year, source, csv));
    }

    /** Stores the notice and recounts the deadlines it touches; the counts for the administrator. */
    public CalendarRecount.Summary load(Actor actor, int year, String source, String csv) {
        HolidayYear notice = checked(actor, year, source, csv);
        years.load(notice, actor.username());
        audit.record(actor.username(), AuditAction.ADMINISTRATION_CHANGED, "holidays:" + year, null, true,
                "— → " + notice.source() + "（" + notice.holidays() + " 个休息日，" + notice.workdays() + " 个调休上班日）");
        CalendarRecount.Summary summary = recount.apply(year);
        warning.reset();
        return summary;
    }

    private HolidayYear checked(Actor actor, int year, String source, String csv) {
        if (!actor.is(Role.ADMIN)) {
            throw new AccessDeniedException("Holiday notices are loaded by the system administrator");
        }
        FieldErrors errors = new FieldErrors();
        if (year < 2000 || year > 2100) {
            errors.reject("year", "holidays.error.year");
        } else if (years.isLoaded(year)) {
            errors.reject("year", "holidays.error.loaded", String.valueOf(year));
        }
        HolidayYear notice = null;
        try {
            notice = HolidayYear.parse(year, source == null || source.isBlank() ? defaultSource(year) : source, csv);
        } catch (InvalidInputException e) {
            errors.merge(e.errors());
        }
        errors.throwIfAny();
        return notice;
    }
}
