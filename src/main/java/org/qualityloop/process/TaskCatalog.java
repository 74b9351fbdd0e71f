package org.qualityloop.process;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.qualityloop.calendar.Step;
import org.springframework.stereotype.Component;

/**
 * The user tasks of the deployed models, read from the models themselves: each task's form key, and the
 * stage it belongs to (the form key's first segment, as in {@code objection/reviewObjection}). The pages
 * route to templates and filter by stage through this, so the BPMN files stay the one source.
 */
@Component
public class TaskCatalog {

    /** One user task of the models; {@code dueRule} is the deadline rule its due date follows, if any. */
    public record TaskInfo(String key, String name, String formKey, String stage, Step dueRule,
                           String candidateGroups) {

        /** Whether the task is offered to a group of that kind ({@code CandidateGroup.ENTERPRISE}, say). */
        public boolean offeredTo(String groupPrefix) {
            return candidateGroups != null && candidateGroups.contains(groupPrefix);
        }
    }

    private final RepositoryService repository;
    private volatile Map<String, TaskInfo> tasks;
    private volatile Map<String, Step> timers;

    TaskCatalog(RepositoryService repository) {
        this.repository = repository;
    }

    public TaskInfo get(String taskKey) {
        TaskInfo info = all().get(taskKey);
        if (info == null) {
            // another node may have deployed a model with this task since we read ours (issue 16): read again once
            refresh();
            info = all().get(taskKey);
        }
        if (info == null) {
            throw new IllegalArgumentException("No user task " + taskKey + " in the deployed models");
        }
        return info;
    }

    /** The stages of the loop that have user tasks, in order. */
    public static final List<String> LOOP_ORDER =
            List.of("delivery", "objection", "classification", "rectification", "penalty", "publication");

    /** The stages that have user tasks, in the order of the loop. */
    public List<String> stages() {
        Set<String> stages = new LinkedHashSet<>();
        all().values().forEach(t -> stages.add(t.stage()));
        return stages.stream().sorted(java.util.Comparator.comparingInt(LOOP_ORDER::indexOf)).toList();
    }

    public List<String> keysOf(String stage) {
        return all().values().stream().filter(t -> t.stage().equals(stage)).map(TaskInfo::key).toList();
    }

    public Map<String, TaskInfo> all() {
        Map<String, TaskInfo> known = tasks;
        if (known == null) {
            known = read();
            tasks = known;
        }
        return known;
    }

    /** Timer event id to the deadline rule its date follows ({@code RECTIFICATION@${orderedOn}} gives RECTIFICATION). */
    public Map<String, Step> timerRules() {
        Map<String, Step> known = timers;
        if (known == null) {
            known = readTimers();
            timers = known;
        }
        return known;
    }

    /** Forgets what was read: a model was deployed (a new stage version or a variant with tasks of its own). */
    public void refresh() {
        tasks = null;
        timers = null;
    }

    private Map<String, Step> readTimers() {
        Map<String, Step> found = new LinkedHashMap<>();
        for (ProcessDefinition definition : definitions()) {
            for (TimerEventDefinition timer : repository.getBpmnModelInstance(definition.getId())
                    .getModelElementsByType(TimerEventDefinition.class)) {
                String date = timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent().trim();
                if (date != null && !date.startsWith("@") && timer.getParentElement() instanceof BaseElement event) {
                    found.putIfAbsent(event.getId(), Step.ofExpression(date));
                }
            }
        }
        return java.util.Collections.unmodifiableMap(found);
    }

    private static final List<String> PROCESSES = List.of(Bpmn.Process.RESULT_DELIVERY, Bpmn.Process.OBJECTION,
            Bpmn.Process.POST_PROCESSING, Bpmn.Process.RECTIFICATION, Bpmn.Process.PENALTY, Bpmn.Process.PUBLICATION);

    /**
     * The latest version of each standard process in the order a case meets them, then the stage variants deployed
     * for bureaus (issue 16): a variant's own tasks are served like any other, a task it shares with its stage is
     * described by the stage.
     */
    private List<ProcessDefinition> definitions() {
        List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().latestVersion().list();
        List<ProcessDefinition> ordered = new java.util.ArrayList<>();
        for (String process : PROCESSES) {
            latest.stream().filter(d -> d.getKey().equals(process)).forEach(ordered::add);
        }
        latest.stream().filter(d -> !PROCESSES.contains(d.getKey())).sorted(java.util.Comparator
                .comparing(ProcessDefinition::getKey)).forEach(ordered::add);
        return ordered;
    }

    private Map<String, TaskInfo> read() {
        Map<String, TaskInfo> found = new LinkedHashMap<>();
        // in the order a case meets them
        for (ProcessDefinition definition : definitions()) {
            for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                String formKey = task.getCamundaFormKey();
                if (formKey == null || formKey.indexOf('/') < 0) {
                    continue; // not one of ours: a process deployed by hand through the engine's tools
                }
                String due = task.getCamundaDueDate();
                // "RULE@${date}", "RULE" or "@${date}": the rule names the deadline and its legal basis
                Step rule = Step.ofExpression(due);
                found.putIfAbsent(task.getId(), new TaskInfo(task.getId(),
                        task.getName() == null ? task.getId() : task.getName(), formKey,
                        formKey.substring(0, formKey.indexOf('/')), rule, task.getCamundaCandidateGroups()));
            }
        }
        return java.util.Collections.unmodifiableMap(found);
    }
}
