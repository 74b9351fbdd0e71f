package org.qualityloop.grading;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The decision table {@code enterprise-risk-grade} as deployed in the engine: its latest version decides. The table
 * is asked once per version and set of counts: its answer depends on nothing else, and evaluating FEEL costs more
 * than the rest of a registration (a third of a bulk import's time before it was kept).
 */
@Component
class RiskGradeTable {

    static final String KEY = "enterprise-risk-grade";
    /** Far more than the combinations of counts that occur; past it the answers are forgotten and asked again. */
    private static final int KEPT = 10_000;

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final Map<Question, Decided> answers = new ConcurrentHashMap<>();

    RiskGradeTable(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    Decided decide(EnterpriseHistory history) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(KEY)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("The risk grade table " + KEY + " is not deployed");
        }
        Question question = new Question(latest.getId(), history.inputs());
        Decided known = answers.get(question);
        if (known != null) {
            return known;
        }
        if (answers.size() >= KEPT) {
            answers.clear();
        }
        Decided decided = evaluate(question);
        answers.put(question, decided);
        return decided;
    }

    private Decided evaluate(Question question) {
        DmnDecisionRuleResult first = decisions.evaluateDecisionTableById(question.definitionId())
                .variables(question.inputs()).evaluate().getFirstResult();
        if (first == null) {
            throw new IllegalStateException("The risk grade table has no rule for " + question.inputs());
        }
        return new Decided(Grade.valueOf(first.<String>getEntry("grade")), first.getEntry("basis"));
    }

    record Decided(Grade grade, String basis) {
    }

    private record Question(String definitionId, Map<String, Object> inputs) {
        Question {
            inputs = Map.copyOf(inputs);
        }
    }
}
