package org.qualityloop.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.oversight.Scope;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.transactions.Statements;
import org.qualityloop.worklist.Dashboard;
import org.qualityloop.worklist.ReadModelCheck;
import org.qualityloop.worklist.TaskTally;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's tally counts what open_task holds, cell by cell, through every task event, any number of
 * folds, and folds racing each other and the writers.
 */
@QualityLoopIntegrationTest
public class TaskTallyIntegrationTests {

    @Autowired TaskTally tally;
    @Autowired ReadModelCheck readModel;
    @Autowired CaseDriver driver;
    @Autowired Dashboard dashboard;
    @Autowired Scope scope;
    @Autowired TaskCatalog catalog;
    @Autowired JdbcClient jdbc;
    @Autowired org.camunda.bpm.engine.TaskService tasks;

    static final int BATCH = 5_000;

    @Test
    void theTallyFollowsCreationClaimAndCompletionAndFoldingChangesNoCount() {
        CaseFile c = driver.register();
        String first = driver.task(c, Bpmn.Task.ISSUE_RESULT_NOTICE).getId();
        tasks.claim(first, "handler1");
        var supervisor = scope.of(driver.actor("supervisor1"));
        var before = dashboard.summary(supervisor, catalog.stages());
        assertThat(readModel.differences()).isEmpty();
        assertThat(jdbc.sql("select count(*) from task_tally_delta").query(Long.class).single()).isPositive();

        while (tally.fold(BATCH) > 0) {
            // until no delta is left
        }

        assertThat(jdbc.sql("select count(*) from task_tally_delta").query(Long.class).single()).isZero();
        assertThat(readModel.differences()).isEmpty();
        assertThat(dashboard.summary(supervisor, catalog.stages())).isEqualTo(before);
        assertThat(dashboard.workload(supervisor)).anySatisfy(w -> {
            assertThat(w.username()).isEqualTo("handler1");
            assertThat(w.counts().total()).isPositive();
        });

        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", driver.todayText()));
        assertThat(readModel.differences()).isEmpty();
        tally.fold(BATCH);
        assertThat(readModel.differences()).isEmpty();
        assertThat(jdbc.sql("select count(*) from task_tally where n = 0").query(Long.class).single())
                .as("emptied cells are dropped").isZero();
    }

    @Test
    void aCompletedTasksRowAndItsCandidateRowsGoTogether() {
        CaseFile c = driver.register();
        String first = driver.task(c, Bpmn.Task.ISSUE_RESULT_NOTICE).getId();
        assertThat(candidateRows(first)).isPositive();

        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", driver.todayText()));

        assertThat(jdbc.sql("select count(*) from open_task where task_id = ?").param(first).query(Long.class)
                .single()).isZero();
        assertThat(candidateRows(first)).isZero();
        assertThat(candidateRows(driver.task(c, Bpmn.Task.RECORD_SERVICE).getId())).isPositive();
    }

    private long candidateRows(String taskId) {
        return jdbc.sql("select count(*) from open_task_candidate where task_id = ?").param(taskId)
                .query(Long.class).single();
    }

    @Test
    void foldsRacingEachOtherAndTheWritersNeitherLoseNorDoubleAnyCount() throws Exception {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CaseFile c = driver.register();
            tasks.add(driver.task(c, Bpmn.Task.ISSUE_RESULT_NOTICE).getId());
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger folded = new AtomicInteger();
        AtomicInteger lostRaces = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<?>> runs = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            // a task counted out and in again: the net count is unchanged, but each is a delta to fold
            runs.add(pool.submit(() -> {
                // on a busy machine the writers could be done before a folder first runs: they keep on until one has
                for (int i = 0; i < 300 || folded.get() == 0 && i < 20_000; i++) {
                    String task = tasks.get((i + writer) % tasks.size());
                    Statements writes = new Statements();
                    tally.count(writes, task, -1);
                    tally.count(writes, task, +1);
                    writes.run(jdbc);
                }
            }));
        }
        List<Future<?>> folders = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            folders.add(pool.submit(() -> {
                while (writing.get()) {
                    try {
                        folded.addAndGet(tally.fold(50));
                    } catch (ConcurrencyFailureException e) {
                        lostRaces.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        for (Future<?> folder : folders) {
            folder.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        while (tally.fold(BATCH) > 0) {
            // what the racing folders left
        }

        assertThat(folded.get()).as("the folders did fold while the writers wrote").isPositive();
        assertThat(jdbc.sql("select count(*) from task_tally_delta").query(Long.class).single()).isZero();
        assertThat(readModel.differences()).isEmpty();
    }

    @Test
    void aTallyThatDriftedIsReportedAndRecounted() {
        CaseFile c = driver.register();
        String first = driver.task(c, Bpmn.Task.ISSUE_RESULT_NOTICE).getId();
        jdbc.sql("""
                insert into task_tally_delta (bureau_code, stage, assignee, due_on, due_verified, n)
                select bureau_code, stage, assignee, due_on, due_verified, 1 from open_task where task_id = ?""")
                .param(first).update();

        assertThat(readModel.differences()).anyMatch(d -> d.startsWith("tally ") && d.contains("counted"));
        assertThat(readModel.repair()).isPositive();
        assertThat(readModel.differences()).isEmpty();
    }
}
