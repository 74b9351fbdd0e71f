package org.qualityloop.grading;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The decision table {@code enterprise-risk-grade} as deployed in the engine: its latest version decides. */
@Component
class RiskGradeTable {

    static final String KEY = "enterprise-risk-grade";

    private final DecisionService decisions;

    RiskGradeTable(DecisionService decisions) {
        this.decisions = decisions;
    }

    Decided decide(EnterpriseHistory history) {
        Map<String, Object> inputs = history.inputs();
        DmnDecisionRuleResult first = decisions.evaluateDecisionTableByKey(KEY).variables(inputs).evaluate()
                .getFirstResult();
        if (first == null) {
            throw new IllegalStateException("The risk grade table has no rule for " + inputs);
        }
        return new Decided(Grade.valueOf(first.<String>getEntry("grade")), first.getEntry("basis"));
    }

    record Decided(Grade grade, String basis) {
    }
}
