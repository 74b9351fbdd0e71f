package org.qualityloop;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadline;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.Track;
import org.qualityloop.forms.FieldType;
import org.qualityloop.forms.FormField;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.EnforcementOfficers;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.intake.IntakeRequest;
import org.qualityloop.intake.IntakeService;
import org.qualityloop.intake.RegistrationForm;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskActions;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.process.TaskCompletion;
import org.springframework.stereotype.Component;

/** Moves test cases through the loop the way users do: through intake and task completion, as demo users. */
@Component
public class CaseDriver {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger REPORTS = new AtomicInteger();

    private final IntakeService intake;
    private final TaskCompletion completion;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final UserAccounts users;
    private final CaseFiles cases;
    private final TaskActions actions;
    /** When set, every text a test submits is as long as its field allows (DeclaredLimitsIntegrationTests). */
    private volatile boolean fullLength;
    /** When set, every new task's due date is checked against the recorded day it follows (ProcessPathIntegrationTests). */
    private volatile boolean dueDateChecks;
    private final Set<String> checkedTasks = ConcurrentHashMap.newKeySet();
    private final Map<String, LocalDate> lastRecorded = new ConcurrentHashMap<>();
    private final TaskCatalog catalog;
    private final CaseDeadlines deadlines;
    private final StatutoryCalendar calendar;
    private final EnforcementOfficers officers;

    CaseDriver(IntakeService intake, TaskCompletion completion, TaskService tasks, RuntimeService runtime,
               ManagementService management, UserAccounts users, CaseFiles cases, TaskActions actions,
               TaskCatalog catalog, CaseDeadlines deadlines, StatutoryCalendar calendar,
               EnforcementOfficers officers) {
        this.officers = officers;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.actions = actions;
        this.intake = intake;
        this.completion = completion;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.users = users;
        this.cases = cases;
    }

    /**
     * An enforcement step names the colleague acting with the user (行政处罚法 Art.42); a test that does not say
     * who takes the first certified colleague of the case's bureau.
     */
    public Map<String, ?> withFellowOfficer(CaseFile c, String taskKey, String username, Map<String, ?> values) {
        if (values.containsKey(TaskCompletion.CO_OFFICER)
                || actions.forKey(taskKey).form().field(TaskCompletion.CO_OFFICER).isEmpty()) {
            return values;
        }
        Map<String, Object> acting = new java.util.LinkedHashMap<>(values);
        officers.colleagues(username, c.bureauCode()).stream().findFirst()
                .ifPresent(o -> acting.put(TaskCompletion.CO_OFFICER, o.username()));
        return acting;
    }

    /** Fixes the engine clock (and so "today") at 10:00 Beijing time on the given day. */
    public static void today(String day) {
        ClockUtil.setCurrentTime(Date.from(LocalDate.parse(day).atTime(10, 0).atZone(BEIJING).toInstant()));
    }

    public static IntakeRequest request(String hazard, String category) {
        return request(hazard, category, "91330106MA2H4K7P16");
    }

    /** A result against the enterprise with this credit code. */
    public static IntakeRequest request(String hazard, String category, String uscc) {
        return new IntakeRequest("TEST-" + UUID.randomUUID(), new IntakeRequest.ProductData("电热水壶", "KE-1701",
                "20260801", category), "2026-08-20", "2026-09-01",
                List.of(new IntakeRequest.FailedItemData("泄漏电流", "≤0.75mA", "1.2mA", hazard)),
                new IntakeRequest.PartyData(uscc, "杭州示例电器有限公司", "杭州市"), null,
                "370983", "370900", "LAB-SD", "2026年电热水壶监督抽查", false);
    }

    /** A credit code no other test uses, with its check character (GB 32100-2015). */
    public static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        StringBuilder code = new StringBuilder("91330106");
        while (code.length() < 17) {
            code.append(alphabet.charAt(java.util.concurrent.ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(code.charAt(i)) * weights[i];
        }
        return code.append(alphabet.charAt((31 - sum % 31) % 31)).toString();
    }

    public CaseFile register(IntakeRequest request) {
        REPORTS.incrementAndGet();
        return intake.register(request, actor("handler1")).caseFile();
    }

    public CaseFile register() {
        return register(fullLength ? fullLengthRequest() : request("LABELLING", "家用电器"));
    }

    /** Every text of later submissions filled to its declared limit, and optional free text given too. */
    public void fullLength(boolean on) {
        fullLength = on;
    }

    /** A registration whose every text is as long as the registration form allows. */
    public static IntakeRequest fullLengthRequest() {
        Map<String, Integer> max = new java.util.HashMap<>();
        RegistrationForm.FORM.fields().forEach(f -> max.put(f.name(), f.maxLength()));
        RegistrationForm.FAILED_ITEM.fields().forEach(f -> max.put("failedItems." + f.name(), f.maxLength()));
        String reportNo = ("TEST-" + UUID.randomUUID() + "-").repeat(3).substring(0, max.get("reportNo"));
        return new IntakeRequest(reportNo, new IntakeRequest.ProductData(fill("电热水壶", max.get("product.name")),
                fill("KE", max.get("product.model")), fill("2026", max.get("product.batch")),
                fill("家用电器", max.get("product.category"))), "2026-08-20", "2026-09-01",
                List.of(new IntakeRequest.FailedItemData(fill("泄漏电流", max.get("failedItems.item")),
                        fill("≤0.75mA", max.get("failedItems.requirement")), fill("1.2mA", max.get("failedItems.measured")),
                        "LABELLING")),
                new IntakeRequest.PartyData("91330106MA2H4K7P16", fill("杭州示例电器有限公司", max.get("sampledEnterprise.name")),
                        fill("杭州市", max.get("sampledEnterprise.address"))), null,
                "370983", "370900", "LAB-SD", fill("2026年电热水壶监督抽查", max.get("spotCheckPlan")), false);
    }

    /** The text, repeated and cut to exactly {@code length} characters. */
    public static String fill(String text, int length) {
        return text.repeat(length / text.length() + 1).substring(0, length);
    }

    public Actor actor(String username) {
        return users.loadUserByUsername(username).actor();
    }

    public CaseFile reload(CaseFile c) {
        return cases.findById(c.id()).orElseThrow();
    }

    /** The open task with that key on the case (in whichever stage process it waits). */
    public Task task(CaseFile c, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).taskDefinitionKey(taskKey).singleResult();
    }

    public void complete(CaseFile c, String taskKey, String username, Map<String, ?> values) {
        Task task = task(c, taskKey);
        if (task == null) {
            throw new AssertionError("Case " + c.caseNo() + " is not waiting at " + taskKey + "; open: "
                    + tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).list().stream()
                    .map(Task::getTaskDefinitionKey).toList());
        }
        if (dueDateChecks) {
            checkDueDates(c);
        }
        Map<String, ?> acting = withFellowOfficer(c, taskKey, username, values);
        completion.complete(task.getId(), fullLength ? fullLength(taskKey, acting) : acting, actor(username));
        lastRecorded.put(c.caseNo(), actions.forKey(taskKey).form().fields().stream()
                .filter(f -> f.eventDate() && values.get(f.name()) != null)
                .map(f -> LocalDate.parse(String.valueOf(values.get(f.name())))).findFirst()
                .orElse(LocalDate.parse(todayText())));
        if (dueDateChecks) {
            checkDueDates(c);
        }
    }

    /** Checks every open task's due date the first time it is seen (issue 13: counted from the recorded day). */
    public void dueDateChecks(boolean on) {
        dueDateChecks = on;
    }

    /**
     * A task on a step the case keeps a deadline for is due on that deadline; any other is due its rule's period
     * after the day recorded by the completion it follows, never after the day it happened to be created.
     */
    private void checkDueDates(CaseFile c) {
        for (Task open : tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).list()) {
            TaskCatalog.TaskInfo info = catalog.all().get(open.getTaskDefinitionKey());
            if (info == null || info.dueRule() == null || !checkedTasks.add(open.getId())) {
                continue;
            }
            Step rule = info.dueRule();
            LocalDate expected = deadlines.find(c.id(), rule).filter(CaseDeadline::running).map(CaseDeadline::dueOn)
                    .orElseGet(() -> calendar.deadline(rule, lastRecorded.getOrDefault(c.caseNo(),
                            LocalDate.parse(todayText()))).dueOn());
            if (!expected.equals(day(open.getDueDate()))) {
                throw new AssertionError("Case " + c.caseNo() + ": " + open.getTaskDefinitionKey() + " due "
                        + day(open.getDueDate()) + ", but its step " + rule + " ends " + expected);
            }
        }
    }

    private Map<String, ?> fullLength(String taskKey, Map<String, ?> values) {
        Map<String, Object> filled = new java.util.LinkedHashMap<>(values);
        for (FormField f : actions.forKey(taskKey).form().fields()) {
            boolean text = f.type() == FieldType.TEXT || f.type() == FieldType.LONG_TEXT;
            if (text && values.get(f.name()) != null) {
                filled.put(f.name(), fill(String.valueOf(values.get(f.name())), f.maxLength()));
            } else if (f.type() == FieldType.LONG_TEXT && !values.containsKey(f.name())) {
                filled.put(f.name(), fill("全长文本", f.maxLength()));
            }
        }
        return filled;
    }

    public ProcessInstance instance(CaseFile c, String processKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey(processKey).singleResult();
    }

    public ProcessInstance mainInstance(CaseFile c) {
        return runtime.createProcessInstanceQuery().processInstanceId(reload(c).processInstanceId()).singleResult();
    }

    /** The timer waiting in the given stage process; tests fire it with {@link #fire(Job)}. */
    public Job timer(CaseFile c, String processKey) {
        ProcessInstance stage = instance(c, processKey);
        return management.createJobQuery().processInstanceId(stage.getId()).timers().singleResult();
    }

    public void fire(Job job) {
        management.executeJob(job.getId());
    }

    /** Registered, notice issued, served directly on the day given: waiting for the enterprise's answer. */
    public CaseFile served(CaseFile c, String servedOn) {
        complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", "2026-09-15"));
        complete(c, Bpmn.Task.RECORD_SERVICE, "handler1", Map.of("method", "DIRECT", "servedOn", servedOn));
        return c;
    }

    public CaseFile accepted(CaseFile c) {
        served(c, "2026-09-22");
        complete(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1", Map.of("decision", "ACCEPT", "receivedOn", "2026-09-25"));
        return c;
    }

    /** A case whose rectification was ordered on 2026-09-28: waiting for the enterprise's report. */
    public CaseFile rectifying(Track track) {
        CaseFile c = accepted(register(track == Track.SERIOUS ? request("SAFETY", "儿童用品")
                : request("LABELLING", "家用电器")));
        complete(c, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1", Map.of("track", track.name(), "confirmedOn", "2026-09-26"));
        complete(c, Bpmn.Task.ISSUE_RECTIFICATION_ORDER, "handler1",
                Map.of("orderedOn", "2026-09-28", "requirements", "更换不合格电源线，召回已售产品"));
        return c;
    }

    /** A general case rectified, passed on first re-inspection and reported up: the entry waits to be drafted. */
    public CaseFile handlingReported() {
        CaseFile c = rectifying(Track.GENERAL);
        complete(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "更换电源线组件",
                "disposal", "已下架并召回 120 台", "stopSaleConfirmed", true, "submittedOn", "2026-11-20"));
        complete(c, Bpmn.Task.RECORD_FIRST_REINSPECTION, "handler1",
                Map.of("inspectedOn", "2026-11-25", "passed", true, "reportNo", "FC-2026-11-25"));
        complete(c, Bpmn.Task.SUBMIT_HANDLING_REPORT, "handler1", Map.of("reportedOn", "2026-11-26", "summary", "已整改合格"));
        return c;
    }

    /** A case registered, served, accepted, classified and ordered to rectify, all today (for the real clock). */
    public CaseFile rectifyingToday() {
        String today = todayText();
        CaseFile c = register();
        complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", today));
        complete(c, Bpmn.Task.RECORD_SERVICE, "handler1", Map.of("method", "DIRECT", "servedOn", today));
        complete(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1", Map.of("decision", "ACCEPT", "receivedOn", today));
        complete(c, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1", Map.of("track", "GENERAL", "confirmedOn", today));
        complete(c, Bpmn.Task.ISSUE_RECTIFICATION_ORDER, "handler1",
                Map.of("orderedOn", today, "requirements", "完善产品标识，召回已售产品"));
        return c;
    }

    /** Today on the engine clock, as a form would send it. */
    public String todayText() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING).toString();
    }

    public static LocalDate day(Date date) {
        return LocalDate.ofInstant(date.toInstant(), BEIJING);
    }
}
