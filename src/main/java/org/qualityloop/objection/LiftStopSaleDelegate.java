package org.qualityloop.objection;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.process.CaseVariables;
import org.springframework.stereotype.Component;

/** The result was overturned: the stop-sale is lifted, the parties are told, and the case closes. */
@Component
class LiftStopSaleDelegate implements JavaDelegate {

    private final CaseFiles cases;
    private final CaseEvents events;
    private final BusinessClock clock;

    LiftStopSaleDelegate(CaseFiles cases, CaseEvents events, BusinessClock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseFile c = cases.change(CaseVariables.caseId(execution), f -> f.closeAsOverturned(clock.now()));
        List<String> notified = List.of(c.intake().sampledEnterprise().name(), c.intake().organizingBureauCode(),
                c.intake().institution());
        events.system(c.id(), CaseEventType.STOP_SALE_LIFTED, "检验结论被推翻，解除停售，结案", Map.of("notified", notified));
    }
}
