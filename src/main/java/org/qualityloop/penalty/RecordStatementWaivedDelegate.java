package org.qualityloop.penalty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.process.CaseVariables;
import org.springframework.stereotype.Component;

/** The statement period ran out unanswered: the party is taken to have waived its statement and hearing. */
@Component
class RecordStatementWaivedDelegate implements JavaDelegate {

    private final PenaltyCases penalties;
    private final CaseEvents events;

    RecordStatementWaivedDelegate(PenaltyCases penalties, CaseEvents events) {
        this.penalties = penalties;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseId = CaseVariables.caseId(execution);
        penalties.change(caseId, p -> p.responded(PartyResponse.WAIVE, null));
        events.system(caseId, CaseEventType.STATEMENT_WAIVED, "陈述申辩期届满，视为放弃陈述、申辩和听证", null);
    }
}
