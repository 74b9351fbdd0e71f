package org.qualityloop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.FailedItem;
import org.qualityloop.casefile.Hazard;
import org.qualityloop.casefile.Party;
import org.qualityloop.casefile.Product;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FormValues;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Role;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskCompletion;
import org.qualityloop.process.TaskContext;

/**
 * What the fast tests of a stage's actions work with, without Spring or an engine: a case as registered, the
 * people who act on it, a task context with the process variables given, and the checks a submission goes
 * through before anything is stored (as {@code TaskCompletion} runs them).
 */
public final class StageFixtures {

    public static final LocalDate REPORT_ISSUED = LocalDate.parse("2026-09-10");
    public static final LocalDate TODAY = LocalDate.parse("2026-11-02");

    private StageFixtures() {
    }

    public static CaseFile caseFile() {
        return CaseFile.register("370983-2026-00001", new CaseFile.Intake("R1", "f",
                new Product("电热水壶", "XH-1", "20260801", "家用电器"), LocalDate.parse("2026-09-01"), REPORT_ISSUED,
                LocalDate.parse("2026-09-11"), Instant.EPOCH, "handler1",
                new Party("91330106MA2H4K7P16", "浙江某电器有限公司", "杭州市"), null, "370983", "370900", "LAB-SD", null,
                false, List.of(new FailedItem("泄漏电流", "≤0.75mA", "1.2mA", Hazard.SAFETY))));
    }

    public static Actor handler() {
        return new Actor("handler1", Role.HANDLER, "370983", null, null, Set.of("370983"), Set.of("handler-370983"));
    }

    public static Actor supervisor() {
        return new Actor("supervisor1", Role.SUPERVISOR, "370983", null, null, Set.of("370983"),
                Set.of("supervisor-370983"));
    }

    public static Actor enterprise() {
        return new Actor("enterprise1", Role.ENTERPRISE, null, "91330106MA2H4K7P16", null, Set.of(),
                Set.of("enterprise-91330106MA2H4K7P16"));
    }

    /** A context for the action's task on a fresh case, with the process variables given. */
    public static TaskContext context(TaskAction action, Actor actor, Map<String, ?> variables) {
        return new TaskContext(caseFile(), actor, "task-1", action.taskKey(), TODAY, variables::get);
    }

    /**
     * The action's own rules are what these tests try; whether the colleague named on an enforcement step may act
     * is TaskCompletion's check, tried with the database (LawfulDocumentsIntegrationTests).
     */
    private static Map<String, ?> acting(TaskAction action, Map<String, ?> submitted) {
        if (action.form().field(TaskCompletion.CO_OFFICER).isEmpty() || submitted.containsKey(TaskCompletion.CO_OFFICER)) {
            return submitted;
        }
        Map<String, Object> acting = new java.util.LinkedHashMap<>(submitted);
        acting.put(TaskCompletion.CO_OFFICER, "handler3");
        return acting;
    }

    /** Every problem the submission has, field to message key: the form's own checks, then the action's. */
    public static Map<String, String> problems(TaskAction action, TaskContext context, Map<String, ?> submitted) {
        FieldErrors errors = new FieldErrors();
        FormValues values = action.form().read(acting(action, submitted), REPORT_ISSUED, context.today(), errors);
        if (!errors.hasErrors()) {
            action.check(context, values, errors);
        }
        return errors.all().stream().collect(Collectors.toMap(FieldErrors.FieldError::field,
                FieldErrors.FieldError::code, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The submission read as the action reads it, for asking which confirmation it needs. */
    public static FormValues values(TaskAction action, Map<String, ?> submitted) {
        FieldErrors errors = new FieldErrors();
        FormValues values = action.form().read(acting(action, submitted), REPORT_ISSUED, TODAY, errors);
        errors.throwIfAny();
        return values;
    }
}
