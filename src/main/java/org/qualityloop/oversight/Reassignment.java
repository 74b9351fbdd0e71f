package org.qualityloop.oversight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.qualityloop.casefile.CaseAccess;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.GroupMembers;
import org.qualityloop.identity.Role;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.OpenTask;
import org.qualityloop.process.TaskNotFoundException;
import org.qualityloop.worklist.OpenTasks;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor hands an open task to another handler (or supervisor) who could take it anyway: someone
 * in one of its candidate groups, and so in the case's scope. The engine's assignee changes, the read
 * model follows through the task event, and the case's event log keeps who, from whom, to whom and why.
 */
@Service
public class Reassignment {

    public static final int MAX_REASON = 500;

    /**
     * The reassignment form: whom to (among the people who may take the task, offered when the form is shown)
     * and why; what is missing is said by the rules of {@link #reassign}.
     */
    public static final Form FORM = Form.of(FormField.choiceOf("assignee").optional(),
            FormField.longText("reason").optional().max(MAX_REASON));

    private final OpenTasks openTasks;
    private final CaseAccess access;
    private final UserAccounts accounts;
    private final TaskService tasks;
    private final CaseEvents events;
    private final Notifications notifications;
    private final GroupMembers members;

    Reassignment(OpenTasks openTasks, CaseAccess access, UserAccounts accounts, TaskService tasks, CaseEvents events,
                 Notifications notifications, GroupMembers members) {
        this.openTasks = openTasks;
        this.access = access;
        this.accounts = accounts;
        this.tasks = tasks;
        this.events = events;
        this.notifications = notifications;
        this.members = members;
    }

    /** The open task, if the supervisor may reassign it; otherwise not found, as for a task that does not exist. */
    @Transactional(readOnly = true)
    public OpenTask task(Actor supervisor, String taskId) {
        requireSupervisor(supervisor);
        OpenTask task = openTasks.find(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
        access.visible(supervisor, task.caseId());
        return task;
    }

    /** Who may take the task over: username to display name, in name order. */
    @Transactional(readOnly = true)
    public Map<String, String> candidates(Actor supervisor, OpenTask task) {
        Set<String> groups = Set.copyOf(task.groups());
        Map<String, String> found = new LinkedHashMap<>();
        boolean nobodyMay = task.assignee() == null && members.staffOf(task.groups()).isEmpty()
                && members.enterprisesOf(task.groups()).isEmpty();
        if (nobodyMay) {
            // nobody may take it (a re-test institution without users): a handler of the case's bureau records
            // the paper result, so the case does not end at a task nobody can do
            members.staffIn(List.of(task.bureauCode())).forEach((username, name) -> {
                if (accounts.loadUserByUsername(username).actor().is(Role.HANDLER)) {
                    found.put(username, name);
                }
            });
            return found;
        }
        members.staffIn(supervisor.bureaus()).forEach((username, name) -> {
            if (accounts.loadUserByUsername(username).actor().groups().stream().anyMatch(groups::contains)) {
                found.put(username, name);
            }
        });
        return found;
    }

    /** The reassignment form as submitted: read through {@link #FORM}, then as below. */
    @Transactional
    public void reassign(Actor supervisor, String taskId, Map<String, ?> submitted) {
        FieldErrors errors = new FieldErrors();
        var values = FORM.read(submitted, errors);
        errors.throwIfAny();
        reassign(supervisor, taskId, values.text("assignee"), values.text("reason"));
    }

    @Transactional
    public void reassign(Actor supervisor, String taskId, String to, String reason) {
        OpenTask task = task(supervisor, taskId);
        FieldErrors errors = new FieldErrors();
        if (to == null || to.isBlank()) {
            errors.reject("assignee", "reassign.error.assigneeRequired");
        } else if (!candidates(supervisor, task).containsKey(to)) {
            errors.reject("assignee", "reassign.error.notCandidate");
        } else if (to.equals(task.assignee())) {
            errors.reject("assignee", "reassign.error.sameAssignee");
        }
        if (reason == null || reason.isBlank()) {
            errors.reject("reason", "reassign.error.reasonRequired");
        } else if (reason.length() > MAX_REASON) {
            errors.reject("reason", "reassign.error.reasonTooLong", MAX_REASON);
        }
        errors.throwIfAny();
        tasks.setAssignee(taskId, to);
        events.append(task.caseId(), supervisor.username(), task.taskKey(), taskId, CaseEventType.TASK_REASSIGNED,
                task.taskKey() + ": " + (task.assignee() == null ? "-" : task.assignee()) + " → " + to + "（" + reason.strip() + "）",
                Map.of("assignee", task.assignee() == null ? "" : task.assignee()),
                Map.of("assignee", to, "reason", reason.strip()));
        notifications.notify(List.of(to), NotificationKind.REASSIGNED, task.caseId(), taskId, task.taskKey(), task.dueOn());
    }

    static void requireSupervisor(Actor actor) {
        if (!actor.is(Role.SUPERVISOR)) {
            throw new AccessDeniedException("Only supervisors act on others' work");
        }
    }
}
