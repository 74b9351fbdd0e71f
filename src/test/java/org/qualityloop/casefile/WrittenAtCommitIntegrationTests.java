package org.qualityloop.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.calendar.Step;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A completion's document and the deadline it meets go with the transaction's other rows just before its commit: a
 * read within the transaction finds them, the commit keeps them, a rollback leaves neither.
 */
@QualityLoopIntegrationTest
class WrittenAtCommitIntegrationTests {

    @Autowired CaseDriver driver;
    @Autowired Documents documents;
    @Autowired CaseDeadlines deadlines;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void theNoticeAndTheMetDeadlineAreFoundWithinTheTransactionAndKeptByItsCommit() {
        CaseFile c = driver.register();
        LocalDate today = LocalDate.parse(driver.todayText());
        transactions.executeWithoutResult(tx -> {
            issueNotice(c);
            assertThat(documentRows(c.id())).as("kept until the commit or a read").isZero();
            assertThat(metOn(c.id())).as("kept until the commit or a read").isNull();

            assertThat(documents.list(c.id())).extracting(IssuedDocument::kind)
                    .containsExactly(DocumentKind.RESULT_NOTICE);
            assertThat(deadlines.find(c.id(), Step.RESULT_NOTICE).orElseThrow().metOn()).isEqualTo(today);
        });
        assertThat(documentRows(c.id())).isEqualTo(1);
        assertThat(metOn(c.id())).isEqualTo(today);
    }

    @Test
    void aRolledBackCompletionLeavesNoNoticeAndTheDeadlineRunning() {
        CaseFile c = driver.register();
        transactions.executeWithoutResult(tx -> {
            issueNotice(c);
            tx.setRollbackOnly();
        });
        assertThat(documentRows(c.id())).isZero();
        assertThat(metOn(c.id())).isNull();
        assertThat(driver.task(c, Bpmn.Task.ISSUE_RESULT_NOTICE)).as("still open").isNotNull();
    }

    private void issueNotice(CaseFile c) {
        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", driver.todayText()));
    }

    private long documentRows(UUID caseId) {
        return jdbc.sql("select count(*) from document where case_id = ?").param(caseId).query(Long.class).single();
    }

    private LocalDate metOn(UUID caseId) {
        return jdbc.sql("select met_on from case_deadline where case_id = ? and step = ?")
                .params(caseId, Step.RESULT_NOTICE.name()).query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list().get(0);
    }
}
