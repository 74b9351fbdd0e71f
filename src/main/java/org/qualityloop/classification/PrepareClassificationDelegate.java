package org.qualityloop.classification;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Puts the decision table's inputs into the process, and records them so the suggestion can be explained. */
@Component
class PrepareClassificationDelegate implements JavaDelegate {

    private final CaseFiles cases;
    private final CaseEvents events;
    private final ClassificationProperties properties;

    PrepareClassificationDelegate(CaseFiles cases, CaseEvents events, ClassificationProperties properties) {
        this.cases = cases;
        this.events = events;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseFile c = cases.findById(CaseVariables.caseId(execution)).orElseThrow();
        Map<String, Object> inputs = Map.of(
                Bpmn.Var.HAZARD, c.worstHazard().name(),
                Bpmn.Var.REPEAT_FAILURE, cases.hasEarlierFailure(c, properties.repeatFailureYears()),
                Bpmn.Var.KEY_PRODUCT, properties.keyProductCategories().contains(c.intake().product().category()),
                Bpmn.Var.ADULTERATION_SUSPECTED, c.intake().adulterationSuspected());
        execution.setVariables(inputs);
        events.system(c.id(), CaseEventType.CLASSIFICATION_INPUTS, "分类要素", inputs);
    }
}
