package org.qualityloop.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of our process models written as Flowable Modeler JSON by Flowable's own converters and brought back through
 * the import's mapping: the same tasks, groups, form keys, due dates, timers, calls, listeners and flows.
 */
class FlowableRoundTripTests {

    static Stream<Path> models() throws Exception {
        return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void aModelComesBackFromModelerJsonAsItWent(Path file) throws Exception {
        String original = Files.readString(file);
        byte[] json = FlowableModels.toModelerJson(original).toString().getBytes(StandardCharsets.UTF_8);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("childShapes", "bounds", "dockers");

        byte[] flowableXml = FlowableModels.jsonToXml(json, file.getFileName().toString());
        CamundaMapping.Result mapped = CamundaMapping.toCamunda(CamundaMapping.parse(flowableXml), "test");
        assertThat(mapped.findings()).filteredOn(ModelFinding::refused).isEmpty();

        assertThat(shape(read(mapped.xml()))).isEqualTo(shape(read(original)));
    }

    static BpmnModelInstance read(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** What a case meets in a model, in a form two versions can be compared by. */
    static Map<String, String> shape(BpmnModelInstance model) {
        Map<String, String> shape = new TreeMap<>();
        for (UserTask t : model.getModelElementsByType(UserTask.class)) {
            shape.put("task " + t.getId(), t.getName() + "|" + t.getCamundaCandidateGroups() + "|"
                    + t.getCamundaFormKey() + "|" + t.getCamundaDueDate());
        }
        for (ServiceTask t : model.getModelElementsByType(ServiceTask.class)) {
            shape.put("service " + t.getId(), t.getCamundaDelegateExpression());
        }
        for (BusinessRuleTask t : model.getModelElementsByType(BusinessRuleTask.class)) {
            shape.put("rule " + t.getId(), t.getCamundaDecisionRef() + "|" + t.getCamundaResultVariable() + "|"
                    + t.getCamundaMapDecisionResult());
        }
        for (CallActivity c : model.getModelElementsByType(CallActivity.class)) {
            shape.put("call " + c.getId(), c.getCalledElement() + "|" + c.getExtensionElements().getElements().size());
        }
        for (TimerEventDefinition t : model.getModelElementsByType(TimerEventDefinition.class)) {
            shape.put("timer " + ((org.camunda.bpm.model.bpmn.instance.BaseElement) t.getParentElement()).getId(),
                    t.getTimeDate().getTextContent().trim());
        }
        for (SequenceFlow f : model.getModelElementsByType(SequenceFlow.class)) {
            ConditionExpression c = f.getConditionExpression();
            shape.put("flow " + f.getId(), f.getSource().getId() + "->" + f.getTarget().getId() + "|"
                    + (c == null ? "" : c.getTextContent().trim()));
        }
        for (CamundaExecutionListener l : model.getModelElementsByType(CamundaExecutionListener.class)) {
            shape.merge("listeners " + ((org.camunda.bpm.model.bpmn.instance.BaseElement) l.getParentElement()
                    .getParentElement()).getId(), l.getCamundaEvent() + ":" + l.getCamundaExpression(),
                    (a, b) -> a + ";" + b);
        }
        return shape;
    }
}
