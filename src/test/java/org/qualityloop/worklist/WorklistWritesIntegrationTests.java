package org.qualityloop.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.OpenTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worklist's rows go with the transaction's other writes just before its commit ({@link WorklistWrites}): whatever
 * reads them within the transaction finds them as the engine left its tasks, the commit keeps them, a rollback none.
 */
@QualityLoopIntegrationTest
class WorklistWritesIntegrationTests {

    @Autowired CaseDriver driver;
    @Autowired OpenTasks openTasks;
    @Autowired Inbox inbox;
    @Autowired ReadModelCheck readModel;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired org.camunda.bpm.engine.TaskService tasks;

    @Test
    void aRegistrationsFirstTaskIsWrittenAtTheCommitAndFoundByAReadBeforeIt() {
        CaseFile registered = transactions.execute(tx -> {
            CaseFile c = driver.register();
            assertThat(rows(c.id())).as("kept until the commit or a read").isZero();
            assertThat(openTasks.ofCase(c.id())).extracting(OpenTask::taskKey)
                    .containsExactly(Bpmn.Task.ISSUE_RESULT_NOTICE);
            assertThat(rows(c.id())).as("written by the read").isEqualTo(1);
            return c;
        });
        assertThat(rows(registered.id())).isEqualTo(1);
        assertThat(readModel.differences()).isEmpty();
    }

    @Test
    void aTaskCreatedClaimedAndCompletedInOneTransactionLeavesItsSuccessorAloneInTheWorklist() {
        CaseFile registered = transactions.execute(tx -> {
            CaseFile c = driver.register();
            String first = driver.task(c, Bpmn.Task.ISSUE_RESULT_NOTICE).getId();
            tasks.claim(first, "handler1");
            driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", driver.todayText()));
            assertThat(inbox.from(driver.actor("handler1"), 0, 200)).filteredOn(w -> w.caseId().equals(c.id()))
                    .as("the inbox within the transaction").extracting(WorkItem::taskKey).containsExactly(nextKey(c));
            return c;
        });
        String next = nextKey(registered);
        assertThat(next).isNotEqualTo(Bpmn.Task.ISSUE_RESULT_NOTICE);
        assertThat(openTasks.ofCase(registered.id())).extracting(OpenTask::taskKey, OpenTask::assignee)
                .containsExactly(tuple(next, null));
        assertThat(candidates(registered.id())).as("the successor offered to its group").isPositive();
        assertThat(readModel.differences()).isEmpty();
    }

    @Test
    void aRolledBackTransactionLeavesNoRowAndNoCount() {
        long deltas = jdbc.sql("select count(*) from task_tally_delta").query(Long.class).single();
        UUID[] registered = new UUID[1];
        transactions.executeWithoutResult(tx -> {
            registered[0] = driver.register().id();
            tx.setRollbackOnly();
        });
        assertThat(rows(registered[0])).isZero();
        assertThat(jdbc.sql("select count(*) from task_tally_delta").query(Long.class).single()).isEqualTo(deltas);
        assertThat(readModel.differences()).isEmpty();
    }

    private String nextKey(CaseFile c) {
        List<String> open = tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).list().stream()
                .map(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private long rows(UUID caseId) {
        return jdbc.sql("select count(*) from open_task where case_id = ?").param(caseId).query(Long.class).single();
    }

    private long candidates(UUID caseId) {
        return jdbc.sql("select count(*) from open_task_candidate c join open_task t on t.task_id = c.task_id"
                + " where t.case_id = ?").param(caseId).query(Long.class).single();
    }
}
