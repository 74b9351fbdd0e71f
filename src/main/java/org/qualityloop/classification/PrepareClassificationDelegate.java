package org.qualityloop.classification;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.grading.EnterpriseHistory;
import org.qualityloop.grading.HistoryFact;
import org.qualityloop.grading.RiskGrade;
import org.qualityloop.grading.RiskGrades;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.CaseVariables;
import org.springframework.stereotype.Component;

/** Puts the decision table's inputs into the process, and records them so the suggestion can be explained. */
@Component
class PrepareClassificationDelegate implements JavaDelegate {

    private final CaseFiles cases;
    private final CaseEvents events;
    private final ClassificationProperties properties;
    private final RiskGrades grades;

    PrepareClassificationDelegate(CaseFiles cases, CaseEvents events, ClassificationProperties properties,
                                  RiskGrades grades) {
        this.cases = cases;
        this.events = events;
        this.properties = properties;
        this.grades = grades;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseFile c = cases.findById(CaseVariables.caseId(execution)).orElseThrow();
        // the enterprise's history without this result: its grade then, and whether it failed before in the period
        LocalDate registeredOn = c.intake().registeredOn();
        RiskGrade grade = grades.before(c.id(), c.enterpriseUscc(), registeredOn);
        EnterpriseHistory earlier = grades.history(c.enterpriseUscc(), registeredOn, properties.repeatFailureYears(),
                c.id());
        Map<String, Object> inputs = Map.of(
                Bpmn.Var.HAZARD, c.worstHazard().name(),
                Bpmn.Var.REPEAT_FAILURE, earlier.count(HistoryFact.NONCONFORMING) > 0,
                Bpmn.Var.RISK_GRADE, grade.grade().name(),
                Bpmn.Var.KEY_PRODUCT, properties.keyProductCategories().contains(c.intake().product().category()),
                Bpmn.Var.ADULTERATION_SUSPECTED, c.intake().adulterationSuspected());
        execution.setVariables(inputs);
        events.system(c.id(), CaseEventType.CLASSIFICATION_INPUTS, "分类要素", inputs);
    }
}
