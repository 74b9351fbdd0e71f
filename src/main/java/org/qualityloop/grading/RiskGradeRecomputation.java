package org.qualityloop.grading;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.qualityloop.casefile.CaseArchived;
import org.qualityloop.casefile.CaseEventAppended;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseOutcome;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.transactions.FollowUp;
import org.qualityloop.transactions.FollowUps;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Grades the enterprise again after each case event that changes the grade's inputs: written down with the event
 * and done seconds after it commits ({@link FollowUps}), once however many such events came for the enterprise
 * meanwhile (an import's batch registers dozens of one enterprise's results in one transaction). The grade on record
 * (lists, changes) so trails its cases by seconds; the grade a classification weighs is worked out from the cases
 * when it is asked ({@link RiskGrades#before}).
 */
@Component
class RiskGradeRecomputation implements FollowUp {

    static final String GRADE = "grading.grade";

    private static final Set<CaseEventType> CHANGING = EnumSet.of(CaseEventType.CASE_REGISTERED,
            CaseEventType.DEEMED_ACCEPTED, CaseEventType.RECTIFICATION_OVERDUE);

    private final CaseFiles cases;
    private final RiskGrades grades;
    private final FollowUps followUps;

    RiskGradeRecomputation(CaseFiles cases, RiskGrades grades, FollowUps followUps) {
        this.cases = cases;
        this.grades = grades;
        this.followUps = followUps;
    }

    @EventListener
    void onEvent(CaseEventAppended event) {
        boolean taskFact = event.type() == CaseEventType.TASK_COMPLETED && event.taskKey() != null
                && EnterpriseHistories.TASKS.contains(event.taskKey());
        if (taskFact || CHANGING.contains(event.type())) {
            String cause = event.taskKey() == null ? event.type().name() : event.taskKey();
            cases.enterpriseOf(event.caseId()).ifPresent(uscc -> followUps.add(GRADE, uscc, cause));
        }
    }

    @Override
    public String kind() {
        return GRADE;
    }

    @Override
    public void handle(Map<String, String> causeByEnterprise) {
        causeByEnterprise.forEach(grades::recompute);
    }

    /** An overturned result stops counting when its case closes; a case closed as handled changes nothing. */
    @EventListener
    void onArchived(CaseArchived archived) {
        cases.findById(archived.caseId()).filter(c -> c.outcome() == CaseOutcome.OVERTURNED)
                .ifPresent(c -> followUps.add(GRADE, c.enterpriseUscc(), CaseOutcome.OVERTURNED.name()));
    }
}
