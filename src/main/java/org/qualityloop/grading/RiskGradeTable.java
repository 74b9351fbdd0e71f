package org.qualityloop.grading;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final Map<Question, Decided> answers = new ConcurrentHashMap<>();

    RiskGradeTable(DecisionService decisions, JdbcClient jdbc) {
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    Decided decide(EnterpriseHistory history) {
        String latest = latestVersion().orElseThrow(() ->
                new IllegalStateException("The risk grade table " + KEY + " is not deployed"));
        Question question = new Question(latest, history.inputs());
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

    /**
     * The latest version's id in one plain statement over the engine's few rows of decision tables: the engine's own
     * query for it spent a seventh of a bulk import's time evaluating its dynamic SQL (JFR, docs/performance.md).
     */
    private Optional<String> latestVersion() {
        return jdbc.sql("""
                select id_ from act_re_decision_def where key_ = ? and tenant_id_ is null
                order by version_ desc fetch first 1 rows only""").param(KEY).query(String.class).optional();
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
