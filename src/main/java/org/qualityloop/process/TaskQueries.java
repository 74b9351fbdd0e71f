package org.qualityloop.process;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.springframework.stereotype.Service;

/** Open tasks as users see them: the ones they may act on, or the ones of a case. */
@Service
public class TaskQueries {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CaseFiles cases;
    private final BusinessClock clock;
    private final org.camunda.bpm.engine.ManagementService management;
    private final Map<String, String> activities = new java.util.concurrent.ConcurrentHashMap<>();
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TaskQueries(TaskService tasks, RuntimeService runtime, CaseFiles cases, BusinessClock clock,
                org.camunda.bpm.engine.ManagementService management,
                org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.management = management;
        this.tasks = tasks;
        this.runtime = runtime;
        this.cases = cases;
        this.clock = clock;
    }

    /** The open tasks of a case: those of its main instance and of every stage it has called. */
    public List<TaskView> ofCase(CaseFile c) {
        return views(engineTasksOf(c.caseNo()));
    }

    /**
     * The engine's open tasks of a case, soonest due first, to read or to move. In our own words rather than the
     * engine's task query: that one assembles its statement anew on each call from a mapping of a hundred optional
     * conditions, which was most of a case file page's time and of a calendar recount's (JFR, docs/performance.md).
     * The stages are called with the case number as business key, so the join finds them all.
     */
    public List<Task> engineTasksOf(String caseNo) {
        return tasks.createNativeTaskQuery().sql("select T.* from " + management.getTableName(Task.class)
                        + " T join " + management.getTableName(ProcessInstance.class) + " E on E.ID_ = T.PROC_INST_ID_"
                        + " where E.BUSINESS_KEY_ = #{caseNo} order by T.DUE_DATE_, T.ID_")
                .parameter("caseNo", caseNo).list();
    }

    /** A timer the case waits on; {@code held} while it waits for the holiday notice of its year. */
    public record PendingTimer(String activityId, java.util.Date dueDate, boolean held) {
    }

    /** The timers the case's process instances wait on (objection window, rectification period, ...). */
    public List<PendingTimer> timersOf(CaseFile c) {
        return timerJobsOf(c.caseNo()).stream()
                .map(job -> new PendingTimer(activityOf(job), job.getDuedate(), job.isSuspended()))
                .sorted(java.util.Comparator.comparing(PendingTimer::dueDate))
                .toList();
    }

    /** The engine's timer jobs of a case, in its main instance and the stages called; an archived case has none. */
    public List<Job> timerJobsOf(String caseNo) {
        // one plain statement finds the instances (see engineTasksOf); an archived case ends here
        return runtime.createNativeProcessInstanceQuery().sql("select * from "
                        + management.getTableName(ProcessInstance.class)
                        + " where BUSINESS_KEY_ = #{caseNo} and ID_ = PROC_INST_ID_")
                .parameter("caseNo", caseNo).list().stream()
                .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId()).timers().list()
                        .stream())
                .toList();
    }

    /** A timer a case waits on, by its job and the BPMN element it belongs to. */
    public record TimerJob(String caseNo, String jobId, String activityId) {
    }

    /**
     * The timers of many cases in one statement, for work over a batch of cases (a calendar recount): the engine's
     * job query would be one per process instance. Read straight from the engine's tables, as its own native
     * queries do; the stages are called with the case number as business key.
     */
    public List<TimerJob> timersOfCases(java.util.Collection<String> caseNos) {
        if (caseNos.isEmpty()) {
            return List.of();
        }
        String jobDefinitions = management.getTableName(
                org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity.class);
        return jdbc.sql("select E.BUSINESS_KEY_, J.ID_, D.ACT_ID_ from " + management.getTableName(Job.class) + " J"
                        + " join " + management.getTableName(ProcessInstance.class)
                        + " E on E.ID_ = J.PROCESS_INSTANCE_ID_"
                        + " join " + jobDefinitions + " D on D.ID_ = J.JOB_DEF_ID_"
                        + " where J.TYPE_ = 'timer' and E.BUSINESS_KEY_ in (:caseNos)")
                .param("caseNos", caseNos)
                .query((rs, n) -> new TimerJob(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The BPMN element a job belongs to: a job definition never changes, so each is asked for once. */
    public String activityOf(Job job) {
        return activities.computeIfAbsent(job.getJobDefinitionId(), id ->
                management.createJobDefinitionQuery().jobDefinitionId(id).singleResult().getActivityId());
    }

    public TaskView view(Task task) {
        return views(List.of(task)).get(0);
    }

    /** The case of each task's process instance, by instance id, in two queries for the whole list. */
    Map<String, CaseFile> casesOf(List<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> caseNoByInstance = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds)
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, CaseFile> caseByNo = cases.findByCaseNos(Set.copyOf(caseNoByInstance.values())).stream()
                .collect(Collectors.toMap(CaseFile::caseNo, Function.identity()));
        Map<String, CaseFile> byInstance = new java.util.HashMap<>();
        caseNoByInstance.forEach((instance, caseNo) -> byInstance.put(instance, caseByNo.get(caseNo)));
        return byInstance;
    }

    private List<TaskView> views(List<Task> found) {
        Map<String, CaseFile> caseByInstance = casesOf(found);
        return found.stream().map(t -> {
            CaseFile c = caseByInstance.get(t.getProcessInstanceId());
            return new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(), c == null ? null : c.id(),
                    c == null ? null : c.caseNo(), t.getDueDate() == null ? null : clock.dayOf(t.getDueDate()),
                    t.getAssignee());
        }).toList();
    }
}
