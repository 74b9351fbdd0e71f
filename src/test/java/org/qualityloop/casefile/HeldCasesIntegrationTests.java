package org.qualityloop.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case read again in the transaction that registered or locked it is not read from the database again
 * ({@link CaseFiles} holds it): what is held must be what that transaction last wrote, never what a caller changed
 * and did not save.
 */
@QualityLoopIntegrationTest
class HeldCasesIntegrationTests {

    @Autowired CaseDriver driver;
    @Autowired CaseFiles cases;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;

    @Test
    void aLockedCaseReadAgainIsWhatItsTransactionWroteNotWhatACallerLeftUnsaved() {
        CaseFile registered = driver.register();
        CaseFile other = driver.register();
        transactions.executeWithoutResult(tx -> {
            CaseFile locked = cases.lock(registered.id()).orElseThrow();
            locked.liftStopSale();
            assertThat(cases.findById(registered.id()).orElseThrow().stopSaleActive()).as("unsaved").isTrue();

            cases.update(locked);
            assertThat(cases.lock(registered.id()).orElseThrow().stopSaleActive()).as("saved").isFalse();
            assertThat(cases.findById(registered.id()).orElseThrow().stopSaleActive()).isFalse();
            assertThat(cases.findByIds(List.of(registered.id(), other.id(), registered.id())))
                    .extracting(CaseFile::id, CaseFile::stopSaleActive, c -> c.intake().failedItems().size())
                    .containsExactlyInAnyOrder(tuple(registered.id(), false, 1), tuple(other.id(), true, 1));

            cases.moveTo(registered.id(), "370902");
            assertThat(cases.summary(registered.id()).orElseThrow().bureauCode()).isEqualTo("370902");
            assertThat(cases.lock(registered.id()).orElseThrow().bureauCode()).isEqualTo("370902");
            // back where it was: other tests of the shared database expect a bureau's cases to bear its number
            cases.moveTo(registered.id(), "370983");
            assertThat(cases.summary(registered.id()).orElseThrow().bureauCode()).isEqualTo("370983");
        });
        assertThat(jdbc.sql("select stop_sale_active, bureau_code from case_file where id = ?").param(registered.id())
                .query((rs, n) -> List.of(rs.getBoolean(1), rs.getString(2))).single())
                .containsExactly(false, "370983");
    }

    @Test
    void aRegistrationAnswersWithItsCaseAsItsProcessLeftIt() {
        CaseFile registered = driver.register();
        assertThat(registered.stage()).isEqualTo(Stage.DELIVERY);
        // recorded by its first stage's write (CaseStages.enterFirst): the instance started under the case's number
        assertThat(registered.processInstanceId()).isNotNull().isEqualTo(jdbc.sql(
                "select process_instance_id from case_file where id = ?").param(registered.id())
                .query(String.class).single())
                .isEqualTo(runtime.createProcessInstanceQuery().processInstanceBusinessKey(registered.caseNo())
                        .processDefinitionKey(Bpmn.Process.POST_PROCESSING).singleResult().getId());
        assertThat(cases.summary(registered.id()).orElseThrow().caseNo()).isEqualTo(registered.caseNo());
    }
}
