package org.qualityloop.grading;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.qualityloop.casefile.CaseArchived;
import org.qualityloop.casefile.CaseEventAppended;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseOutcome;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.transactions.TransactionScoped;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Grades the enterprise again in the transaction of each case event that changes the grade's inputs, so the grade
 * on record is never behind its cases: once, just before the transaction commits, however many such events it
 * appended for the enterprise (an import's batch registers dozens of one enterprise's results in one transaction).
 */
@Component
class RiskGradeRecomputation {

    private static final Set<CaseEventType> CHANGING = EnumSet.of(CaseEventType.CASE_REGISTERED,
            CaseEventType.DEEMED_ACCEPTED, CaseEventType.RECTIFICATION_OVERDUE);

    private final CaseFiles cases;
    private final RiskGrades grades;

    RiskGradeRecomputation(CaseFiles cases, RiskGrades grades) {
        this.cases = cases;
        this.grades = grades;
    }

    @EventListener
    void onEvent(CaseEventAppended event) {
        boolean taskFact = event.type() == CaseEventType.TASK_COMPLETED && event.taskKey() != null
                && EnterpriseHistories.TASKS.contains(event.taskKey());
        if (taskFact || CHANGING.contains(event.type())) {
            String cause = event.taskKey() == null ? event.type().name() : event.taskKey();
            cases.enterpriseOf(event.caseId()).ifPresent(uscc -> recomputeBeforeCommit(uscc, cause));
        }
    }

    private void recomputeBeforeCommit(String uscc, String cause) {
        Map<String, String> causes = TransactionScoped.get(this, LinkedHashMap::new, c -> c.forEach(grades::recompute));
        if (causes == null) {
            grades.recompute(uscc, cause);
        } else {
            causes.put(uscc, cause);
        }
    }

    /** An overturned result stops counting when its case closes; a case closed as handled changes nothing. */
    @EventListener
    void onArchived(CaseArchived archived) {
        cases.findById(archived.caseId()).filter(c -> c.outcome() == CaseOutcome.OVERTURNED)
                .ifPresent(c -> grades.recompute(c.enterpriseUscc(), CaseOutcome.OVERTURNED.name()));
    }
}
