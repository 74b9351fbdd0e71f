package org.qualityloop.models;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.qualityloop.calendar.Step;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskActions;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Whether a model can run in this service: the rules our own models are held to, as one check for them and for
 * every import. A user task is offered to a group of our roles, opens a form that has a page and an action, and is
 * due by a deadline rule; a timer counts a deadline rule; every bean an expression names exists; every process
 * called exists; a stage keeps its statutory steps and ends.
 */
@Component
public class ServiceRules {

    /** The stages a process key stands for, and the first segment of their tasks' form keys. */
    public static final Map<String, String> STAGES = Map.of(Bpmn.Process.RESULT_DELIVERY, "delivery",
            Bpmn.Process.OBJECTION, "objection", Bpmn.Process.RECTIFICATION, "rectification",
            Bpmn.Process.PENALTY, "penalty", Bpmn.Process.PUBLICATION, "publication",
            Bpmn.Process.POST_PROCESSING, "main");

    private static final Pattern GROUP = Pattern.compile("(handler|supervisor|enterprise|institution)-\\$\\{[A-Za-z]\\w*}");
    private static final Pattern FIRST_NAME = Pattern.compile("^[#$]\\{\\s*([A-Za-z_]\\w*)");
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "true", "false", "null", "not", "empty");

    private final TaskActions actions;
    private final ResourceLoader resources;
    private final ListableBeanFactory beans;
    private final RepositoryService repository;

    ServiceRules(TaskActions actions, ResourceLoader resources, ListableBeanFactory beans, RepositoryService repository) {
        this.actions = actions;
        this.resources = resources;
        this.beans = beans;
        this.repository = repository;
    }

    /**
     * The refusals for one process of a model, element by element ({@code alsoDeployed}: the keys the same import
     * brings, which its calls may name).
     */
    public List<ModelFinding> check(BpmnModelInstance model, Process process, Collection<String> alsoDeployed) {
        List<ModelFinding> refusals = new ArrayList<>();
        String stage = STAGES.get(process.getId());
        if (stage == null) {
            refusals.add(refuse(process, "models.finding.refused.unknownStage", process.getId(),
                    String.join(", ", STAGES.keySet())));
            return refusals;
        }
        for (UserTask task : process.getChildElementsByType(UserTask.class)) {
            userTask(task, stage, refusals);
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            bean(task, task.getCamundaDelegateExpression(), refusals);
        }
        for (CamundaExecutionListener l : model.getModelElementsByType(CamundaExecutionListener.class)) {
            bean(owner(l), l.getCamundaExpression() != null ? l.getCamundaExpression() : l.getCamundaDelegateExpression(),
                    refusals);
        }
        for (CamundaTaskListener l : model.getModelElementsByType(CamundaTaskListener.class)) {
            bean(owner(l), l.getCamundaExpression() != null ? l.getCamundaExpression() : l.getCamundaDelegateExpression(),
                    refusals);
        }
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            called(call, alsoDeployed, refusals);
        }
        for (BusinessRuleTask rule : model.getModelElementsByType(BusinessRuleTask.class)) {
            if (rule.getCamundaDecisionRef() == null || repository.createDecisionDefinitionQuery()
                    .decisionDefinitionKey(rule.getCamundaDecisionRef()).count() == 0) {
                refusals.add(refuse(rule, "models.finding.refused.decision", String.valueOf(rule.getCamundaDecisionRef())));
            }
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            BaseElement event = (BaseElement) timer.getParentElement();
            String date = timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent().trim();
            // a deadline rule, or a date the case itself recorded (the end of a suspension the order set)
            if (step(date) == null && (date == null || !date.matches("@\\$\\{\\w+}"))) {
                refusals.add(refuse(event, "models.finding.refused.timerNotRule", String.valueOf(date)));
            }
        }
        contract(process, refusals);
        return refusals;
    }

    private void userTask(UserTask task, String stage, List<ModelFinding> refusals) {
        String groups = task.getCamundaCandidateGroups();
        if (groups == null || groups.isBlank()) {
            refusals.add(refuse(task, "models.finding.refused.noGroup"));
        } else {
            for (String group : groups.split(",")) {
                if (!GROUP.matcher(group.trim()).matches()) {
                    refusals.add(refuse(task, "models.finding.refused.group", group.trim()));
                }
            }
        }
        String formKey = task.getCamundaFormKey();
        if (formKey == null || !formKey.endsWith("/" + task.getId()) || !actions.keys().contains(task.getId())
                || !resources.getResource("classpath:templates/" + formKey + ".html").exists()) {
            refusals.add(refuse(task, "models.finding.refused.formKey", String.valueOf(formKey),
                    String.join(", ", actions.keys().stream().sorted().toList())));
        } else if (!"main".equals(stage) && !formKey.startsWith(stage + "/")) {
            refusals.add(refuse(task, "models.finding.refused.formStage", formKey, stage));
        }
        String due = task.getCamundaDueDate();
        if (step(due) == null) {
            refusals.add(refuse(task, "models.finding.refused.dueDate", String.valueOf(due)));
        }
    }

    /** The deadline rule a due date or timer counts ({@code RECTIFICATION@${orderedOn}}), or null. */
    static Step step(String expression) {
        if (expression == null || !expression.contains("@")) {
            return null;
        }
        try {
            return Step.ofExpression(expression);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private void bean(BaseElement element, String expression, List<ModelFinding> refusals) {
        if (expression == null) {
            return;
        }
        Matcher m = FIRST_NAME.matcher(expression.trim());
        if (m.find() && !ENGINE_NAMES.contains(m.group(1)) && !beans.containsBean(m.group(1))) {
            refusals.add(refuse(element, "models.finding.refused.bean", m.group(1)));
        }
    }

    private void called(CallActivity call, Collection<String> alsoDeployed, List<ModelFinding> refusals) {
        String called = call.getCalledElement();
        if (called == null || called.isBlank()) {
            refusals.add(refuse(call, "models.finding.refused.called", ""));
        } else if (called.startsWith("${") || called.startsWith("#{")) {
            bean(call, called, refusals);
        } else if (!alsoDeployed.contains(called)
                && repository.createProcessDefinitionQuery().processDefinitionKey(called).count() == 0) {
            refusals.add(refuse(call, "models.finding.refused.called", called));
        }
    }

    /** A stage may add steps and reorder them; it may not drop the statutory ones the standard stage has, nor never end. */
    private void contract(Process process, List<ModelFinding> refusals) {
        Collection<FlowElement> elements = process.getFlowElements();
        if (elements.stream().noneMatch(e -> e instanceof StartEvent)) {
            refusals.add(refuse(process, "models.finding.refused.noStart"));
        }
        if (elements.stream().noneMatch(e -> e instanceof EndEvent)) {
            refusals.add(refuse(process, "models.finding.refused.noEnd"));
        }
        paths(process, refusals);
        ProcessDefinition standard = repository.createProcessDefinitionQuery().processDefinitionKey(process.getId())
                .latestVersion().singleResult();
        if (standard == null) {
            return;
        }
        BpmnModelInstance current = repository.getBpmnModelInstance(standard.getId());
        Set<String> present = elements.stream().map(FlowElement::getId).collect(Collectors.toSet());
        List<FlowElement> statutory = new ArrayList<>(current.getModelElementsByType(UserTask.class));
        statutory.addAll(current.getModelElementsByType(CallActivity.class));
        for (FlowElement step : statutory) {
            if (!present.contains(step.getId())) {
                refusals.add(refuse(process, "models.finding.refused.missingStep", step.getId(),
                        step.getName() == null ? step.getId() : step.getName()));
            }
        }
    }

    /**
     * A case can reach every step from the start, and every step leads on: nothing the model draws is dead, and no
     * path stops anywhere but at an end.
     */
    private static void paths(Process process, List<ModelFinding> refusals) {
        List<FlowNode> nodes = process.getChildElementsByType(FlowNode.class).stream().toList();
        java.util.Map<String, List<String>> next = new java.util.HashMap<>();
        for (SequenceFlow flow : process.getChildElementsByType(SequenceFlow.class)) {
            next.computeIfAbsent(flow.getSource().getId(), k -> new ArrayList<>()).add(flow.getTarget().getId());
        }
        for (BoundaryEvent boundary : process.getChildElementsByType(BoundaryEvent.class)) {
            next.computeIfAbsent(boundary.getAttachedTo().getId(), k -> new ArrayList<>()).add(boundary.getId());
        }
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        nodes.stream().filter(n -> n instanceof StartEvent).forEach(n -> open.add(n.getId()));
        Set<String> reached = new java.util.HashSet<>(open);
        while (!open.isEmpty()) {
            for (String target : next.getOrDefault(open.poll(), List.of())) {
                if (reached.add(target)) {
                    open.add(target);
                }
            }
        }
        for (FlowNode node : nodes) {
            if (!reached.contains(node.getId())) {
                refusals.add(refuse(node, "models.finding.refused.unreachable"));
            } else if (!(node instanceof EndEvent) && next.getOrDefault(node.getId(), List.of()).isEmpty()) {
                refusals.add(refuse(node, "models.finding.refused.deadEnd"));
            }
        }
    }

    private static BaseElement owner(org.camunda.bpm.model.xml.instance.ModelElementInstance listener) {
        var parent = listener.getParentElement();
        while (parent != null && !(parent instanceof BaseElement b && b.getId() != null
                && !(parent instanceof org.camunda.bpm.model.bpmn.instance.ExtensionElements))) {
            parent = parent.getParentElement();
        }
        return (BaseElement) parent;
    }

    private static ModelFinding refuse(BaseElement element, String key, String... args) {
        String name = element instanceof FlowElement f ? f.getName() : element instanceof Process p ? p.getName() : null;
        return ModelFinding.refused(element == null ? "" : element.getId(), name == null ? "" : name, key, args);
    }
}
