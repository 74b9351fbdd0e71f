package org.qualityloop.models;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.process.Bpmn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which process runs a stage of a case: the variant of the case's bureau or of the nearest bureau above it that has
 * one, else the standard stage. The choice is made when the case starts ({@code pin}, a listener on the main process's
 * start event) and kept with the case as a routing variable, so a variant approved later does not reach into a case
 * already running; the main process's call activities ask {@code keyOf}.
 */
@Component("stageVariants")
public class StageVariants {

    static final String VARIABLE_PREFIX = "variant.";

    private final JdbcClient jdbc;
    private final Bureaus bureaus;
    private volatile Map<String, Map<String, String>> byStage;
    private volatile long readAt;
    /** How long a node trusts what it read: a variant approved on another node reaches this one's new cases after it. */
    static final long FRESH_FOR_MILLIS = 10_000;

    StageVariants(JdbcClient jdbc, Bureaus bureaus) {
        this.jdbc = jdbc;
        this.bureaus = bureaus;
    }

    /** Records, for each stage that has a variant for the case's bureau, the process that will run it. */
    public void pin(DelegateExecution execution) {
        Object bureau = execution.getVariable(Bpmn.Var.BUREAU);
        if (bureau == null || variants().isEmpty()) {
            return;
        }
        for (String stage : variants().keySet()) {
            variantFor(stage, bureau.toString()).ifPresent(key -> execution.setVariable(VARIABLE_PREFIX + stage, key));
        }
    }

    /** The process key the call activity of this stage starts. */
    public String keyOf(VariableScope execution, String stage) {
        Object pinned = execution.getVariable(VARIABLE_PREFIX + stage);
        return pinned == null ? stage : pinned.toString();
    }

    /** The nearest variant up the bureau tree. */
    public Optional<String> variantFor(String stage, String bureauCode) {
        Map<String, String> forStage = variants().getOrDefault(stage, Map.of());
        String code = bureauCode;
        for (int depth = 0; code != null && depth < 10; depth++) {
            if (forStage.containsKey(code)) {
                return Optional.of(forStage.get(code));
            }
            code = bureaus.find(code).map(Bureaus.Bureau::parentCode).orElse(null);
        }
        return Optional.empty();
    }

    /** Every variant in force: stage → bureau → process key. */
    public Map<String, Map<String, String>> variants() {
        Map<String, Map<String, String>> known = byStage;
        if (known == null || System.currentTimeMillis() - readAt > FRESH_FOR_MILLIS) {
            Map<String, Map<String, String>> read = new HashMap<>();
            jdbc.sql("select stage, bureau_code, deploy_key from stage_variant").query((rs, n) -> read
                    .computeIfAbsent(rs.getString(1), s -> new HashMap<>()).put(rs.getString(2), rs.getString(3))).list();
            known = read;
            byStage = known;
            readAt = System.currentTimeMillis();
        }
        return known;
    }

    void put(String stage, String bureauCode, String deployKey, java.util.UUID importId, java.time.Instant since) {
        int updated = jdbc.sql("update stage_variant set deploy_key = ?, import_id = ?, since = ? where stage = ? and bureau_code = ?")
                .params(deployKey, importId, java.sql.Timestamp.from(since), stage, bureauCode).update();
        if (updated == 0) {
            jdbc.sql("insert into stage_variant (stage, bureau_code, deploy_key, import_id, since) values (?, ?, ?, ?, ?)")
                    .params(stage, bureauCode, deployKey, importId, java.sql.Timestamp.from(since)).update();
        }
        byStage = null;
    }
}
