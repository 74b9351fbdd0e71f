package org.qualityloop.process;

import java.time.LocalDate;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FormValues;
import org.qualityloop.identity.Role;

/** Order checks between a reported date and an earlier event of the case. */
public final class DateChecks {

    private DateChecks() {
    }

    public static void notBefore(FieldErrors errors, String field, LocalDate date, LocalDate earliest) {
        if (date != null && earliest != null && date.isBefore(earliest)) {
            errors.reject(field, "task.dateBefore", earliest.toString());
        }
    }

    public static void notAfter(FieldErrors errors, String field, LocalDate date, LocalDate latest) {
        if (date != null && latest != null && date.isAfter(latest)) {
            errors.reject(field, "task.dateAfter", latest.toString());
        }
    }

    /**
     * An enterprise answering online answers today; only a handler recording a paper submission may
     * enter an earlier date. Returns the date that counts.
     */
    public static LocalDate receivedOn(TaskContext context, FormValues values, String field, FieldErrors errors) {
        LocalDate entered = values.date(field);
        if (entered != null && context.actor().is(Role.ENTERPRISE) && !entered.equals(context.today())) {
            errors.reject(field, "task.onlineDateIsToday", context.today().toString());
        }
        return context.dateOrToday(values, field);
    }

    public static void reasonUnless(FieldErrors errors, boolean condition, FormValues values, String field) {
        if (!condition && !values.has(field)) {
            errors.reject(field, "task.reasonRequired");
        }
    }
}
