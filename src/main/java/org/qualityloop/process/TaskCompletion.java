package org.qualityloop.process;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.Attachments;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.EvidenceFile;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FormValues;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.EnforcementOfficers;
import org.qualityloop.identity.Officer;
import org.qualityloop.identity.People;
import org.qualityloop.transactions.Reads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a user task is completed, from the API and from the pages alike: find it, check it is
 * the actor's, lock the case, validate the form, apply it to our tables, log it, complete it in the
 * engine. All in one transaction: either the case and the process both move, or neither does.
 */
@Service
public class TaskCompletion {

    /** The field name under which problems with uploaded files are reported. */
    public static final String ATTACHMENTS = "attachments";
    /** The colleague acting with the user on an enforcement step: a field of every such step's form. */
    public static final String CO_OFFICER = "coOfficer";

    private final EngineTasks engineTasks;
    private final TaskService tasks;
    private final TaskActions actions;
    private final CaseFiles cases;
    private final CaseEvents events;
    private final BusinessClock clock;
    private final Attachments attachments;
    private final TaskCatalog catalog;
    private final EnforcementOfficers officers;
    private final People people;

    TaskCompletion(EngineTasks engineTasks, TaskService tasks, TaskActions actions, CaseFiles cases,
                   CaseEvents events, BusinessClock clock, Attachments attachments, TaskCatalog catalog,
                   EnforcementOfficers officers, People people) {
        this.officers = officers;
        this.people = people;
        this.attachments = attachments;
        this.catalog = catalog;
        this.engineTasks = engineTasks;
        this.tasks = tasks;
        this.actions = actions;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void complete(String taskId, Map<String, ?> submitted, Actor actor) {
        complete(taskId, submitted, List.of(), actor);
    }

    /** Completes the task and files the evidence with it; a bad file refuses the whole submission. */
    @Transactional
    public void complete(String taskId, Map<String, ?> submitted, List<EvidenceFile> evidence, Actor actor) {
        OpenTask task = engineTasks.openRowFor(taskId, actor);
        UUID caseId = task.caseId();
        // A concurrent completion (or a reassignment) may have committed while we waited for the case lock: the task's
        // row is read again once the lock is held, sent along with it.
        Reads afterLock = new Reads();
        Supplier<OpenTask> again = engineTasks.openRowFor(taskId, actor, afterLock);
        CaseFile c = cases.lock(caseId, afterLock)
                .orElseThrow(() -> new IllegalStateException("Task without case: " + taskId));
        task = again.get();
        TaskAction action = actions.forKey(task.taskKey());
        TaskContext context = context(c, taskId, task.taskKey(), actor);
        FormValues values = validated(action, context, submitted, evidence);
        context = context.actedBy(acting(action, context, values));
        Map<String, Object> before = state(c);
        Map<String, Object> variables = new LinkedHashMap<>(action.complete(context, values));
        // the next task's due date counts from the day recorded here (issue 13), not from the day it is created
        variables.put(Bpmn.Var.RECORDED_ON, recordedOn(action, values, context).toString());
        for (EvidenceFile file : evidence) {
            attachments.file(caseId, task.taskKey(), taskId, file, actor.username());
        }
        Map<String, Object> after = new LinkedHashMap<>(values.asMap());
        after.putAll(variables);
        events.append(caseId, actor.username(), task.taskKey(), taskId, CaseEventType.TASK_COMPLETED,
                catalog.get(task.taskKey()).name(), before, after);
        try {
            tasks.complete(taskId, variables);
        } catch (NullValueException goneMeanwhile) {
            // The engine is the last word on whether the task is still open. On H2 a completion that waited for
            // the case lock can still read the task's row while the engine no longer has the task (seen in
            // ConcurrentCompletionIntegrationTests: 500 instead of 409); the race is lost, and all of this
            // completion rolls back.
            throw new TaskAlreadyCompletedException(taskId);
        }
    }

    /**
     * The day of the event this completion records: the form's first date reported from paper, or today for a form
     * without one (the act is done in the system, today).
     */
    private static LocalDate recordedOn(TaskAction action, FormValues values, TaskContext context) {
        return action.form().fields().stream().filter(f -> f.eventDate() && values.has(f.name()))
                .map(f -> values.date(f.name())).filter(java.util.Objects::nonNull).findFirst()
                .orElse(context.today());
    }

    /**
     * Runs every check of {@link #complete} without changing anything, and says which confirmation the
     * submission needs (null if none): the pages ask before an irreversible decision.
     */
    @Transactional(readOnly = true)
    public String check(String taskId, Map<String, ?> submitted, List<EvidenceFile> evidence, Actor actor) {
        OpenTask task = engineTasks.openRowFor(taskId, actor);
        CaseFile c = cases.findById(task.caseId())
                .orElseThrow(() -> new IllegalStateException("Task without case: " + taskId));
        TaskAction action = actions.forKey(task.taskKey());
        TaskContext context = context(c, taskId, task.taskKey(), actor);
        return action.confirmation(context, validated(action, context, submitted, evidence));
    }

    /** What the task's decision rests on, for its form page and the API's task form. */
    @Transactional(readOnly = true)
    public Material material(String taskId, Actor actor) {
        OpenTask task = engineTasks.openRowFor(taskId, actor);
        CaseFile c = cases.findById(task.caseId())
                .orElseThrow(() -> new IllegalStateException("Task without case: " + taskId));
        return actions.forKey(task.taskKey()).material(context(c, taskId, task.taskKey(), actor));
    }

    /**
     * An enforcement step is taken by two officers holding certificates (行政处罚法 Art.42): the user, who must
     * hold one, and the colleague the form names, who must be another officer of the case's bureau or above.
     */
    private void checkOfficers(TaskAction action, TaskContext context, FormValues values, FieldErrors errors) {
        if (action.form().field(CO_OFFICER).isEmpty()) {
            return;
        }
        String bureau = context.caseFile().bureauCode();
        if (officers.find(context.username(), bureau).isEmpty()) {
            errors.reject(CO_OFFICER, "task.officer.noCertificate");
        } else if (officers.colleagues(context.username(), bureau).stream()
                .noneMatch(o -> o.username().equals(values.text(CO_OFFICER)))) {
            errors.reject(CO_OFFICER, "task.officer.notColleague");
        }
    }

    private List<Officer> acting(TaskAction action, TaskContext context, FormValues values) {
        if (action.form().field(CO_OFFICER).isEmpty()) {
            return List.of();
        }
        String bureau = context.caseFile().bureauCode();
        return List.of(officers.find(context.username(), bureau).orElseThrow(),
                officers.find(values.text(CO_OFFICER), bureau).orElseThrow());
    }

    /** Variables are read one by one as an action asks: most steps need none, and reading all costs a query per scope. */
    private TaskContext context(CaseFile c, String taskId, String taskKey, Actor actor) {
        Map<String, Object> read = new java.util.HashMap<>();
        return new TaskContext(c, actor, taskId, taskKey, clock.today(), name -> {
            if (!read.containsKey(name)) {
                read.put(name, tasks.getVariable(taskId, name));
            }
            return read.get(name);
        }, List.of(), () -> people.name(actor.username()));
    }

    private FormValues validated(TaskAction action, TaskContext context, Map<String, ?> submitted,
                                 List<EvidenceFile> evidence) {
        FieldErrors errors = new FieldErrors();
        FormValues values = action.form().read(submitted, context.caseFile().reportIssuedOn(), context.today(), errors);
        if (!errors.hasErrors()) {
            action.check(context, values, errors);
            checkOfficers(action, context, values, errors);
        }
        if (!evidence.isEmpty() && !action.form().evidence()) {
            errors.reject(ATTACHMENTS, "attachment.notTaken");
        }
        evidence.stream().map(EvidenceFile::problem).filter(java.util.Objects::nonNull).distinct()
                .forEach(problem -> errors.reject(ATTACHMENTS, problem, EvidenceFile.MAX_BYTES / 1024 / 1024));
        errors.throwIfAny();
        return values;
    }

    private static Map<String, Object> state(CaseFile c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", c.status());
        state.put("stage", c.stage());
        state.put("track", c.track());
        state.put("stopSaleActive", c.stopSaleActive());
        return state;
    }
}
