package org.qualityloop.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What a case meets in a model, element by element, in words two versions can be compared by: tasks with their
 * group, form and deadline, service and rule tasks, calls, timers and flows with their conditions.
 */
public final class ModelShape {

    /** One difference: {@code kind} is task, service, rule, call, timer or flow; before or after is null when added or removed. */
    public record Change(String kind, String id, String before, String after) {
        public String verdict() {
            return before == null ? "added" : after == null ? "removed" : "changed";
        }
    }

    private ModelShape() {
    }

    public static Map<String, String> of(BpmnModelInstance model) {
        Map<String, String> shape = new TreeMap<>();
        for (UserTask t : model.getModelElementsByType(UserTask.class)) {
            shape.put("task " + t.getId(), t.getName() + " | " + t.getCamundaCandidateGroups() + " | "
                    + t.getCamundaFormKey() + " | " + t.getCamundaDueDate());
        }
        for (ServiceTask t : model.getModelElementsByType(ServiceTask.class)) {
            shape.put("service " + t.getId(), t.getName() + " | " + t.getCamundaDelegateExpression());
        }
        for (BusinessRuleTask t : model.getModelElementsByType(BusinessRuleTask.class)) {
            shape.put("rule " + t.getId(), t.getName() + " | " + t.getCamundaDecisionRef());
        }
        for (CallActivity c : model.getModelElementsByType(CallActivity.class)) {
            shape.put("call " + c.getId(), c.getName() + " | " + c.getCalledElement());
        }
        for (TimerEventDefinition t : model.getModelElementsByType(TimerEventDefinition.class)) {
            BaseElement event = (BaseElement) t.getParentElement();
            shape.put("timer " + event.getId(), (t.getTimeDate() == null ? "" : t.getTimeDate().getTextContent().trim()));
        }
        for (SequenceFlow f : model.getModelElementsByType(SequenceFlow.class)) {
            ConditionExpression c = f.getConditionExpression();
            shape.put("flow " + f.getId(), f.getSource().getId() + " → " + f.getTarget().getId()
                    + (c == null ? "" : " | " + c.getTextContent().trim()));
        }
        return shape;
    }

    /** What changes from the version in force to the proposed one (everything is added when nothing is in force). */
    public static List<Change> compare(Map<String, String> current, Map<String, String> proposed) {
        List<Change> changes = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(current.keySet());
        keys.addAll(proposed.keySet());
        for (String key : keys) {
            String before = current.get(key);
            String after = proposed.get(key);
            if (!Objects.equals(before, after)) {
                int space = key.indexOf(' ');
                changes.add(new Change(key.substring(0, space), key.substring(space + 1), before, after));
            }
        }
        return changes;
    }
}
