package org.qualityloop.grading;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.qualityloop.casefile.CaseArchived;
import org.qualityloop.casefile.CaseEventAppended;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.process.Bpmn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Grades the enterprise again in the transaction of each case event that changes the grade's inputs, so the grade
 * on record is never behind its cases.
 */
@Component
class RiskGradeRecomputation {

    private static final Set<CaseEventType> CHANGING = EnumSet.of(CaseEventType.CASE_REGISTERED,
            CaseEventType.DEEMED_ACCEPTED, CaseEventType.RECTIFICATION_OVERDUE, CaseEventType.CASE_ARCHIVED);

    private final CaseFiles cases;
    private final RiskGrades grades;

    RiskGradeRecomputation(CaseFiles cases, RiskGrades grades) {
        this.cases = cases;
        this.grades = grades;
    }

    @EventListener
    void onEvent(CaseEventAppended event) {
        boolean taskFact = event.type() == CaseEventType.TASK_COMPLETED && event.taskKey() != null
                && (EnterpriseHistories.TASK_FACTS.containsKey(event.taskKey())
                    || EnterpriseHistories.REINSPECTIONS.contains(event.taskKey())
                    || Bpmn.Task.APPROVE_OBJECTION_DECISION.equals(event.taskKey()));
        if (taskFact || CHANGING.contains(event.type())) {
            regrade(event.caseId(), event.taskKey() == null ? event.type().name() : event.taskKey());
        }
    }

    /** An overturned result stops counting when the case closes. */
    @EventListener
    void onArchived(CaseArchived archived) {
        regrade(archived.caseId(), CaseEventType.CASE_ARCHIVED.name());
    }

    private void regrade(UUID caseId, String cause) {
        cases.findById(caseId).map(CaseFile::enterpriseUscc).ifPresent(uscc -> grades.recompute(uscc, cause));
    }
}
