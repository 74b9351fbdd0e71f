package org.qualityloop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Security-relevant actions are on record, the record is a chain that shows a change made by hand, and only the
 * audit administrator reads it, while reading no case.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
public class AuditTrailIntegrationTests {

    @Autowired protected MockMvc mvc;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected CaseDriver driver;
    @Autowired protected UserAccounts users;
    @Autowired protected AuditVerification verification;
    @Autowired protected CaseEvents events;
    @Autowired protected PlatformTransactionManager transactions;

    @Test
    void signInsFailedAttemptsAndSignOutsAreOnRecord() throws Exception {
        long before = count("handler2", "SIGN_IN");
        mvc.perform(formLogin().user("handler2").password("wrong")).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user("handler2").password("demo")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/logout").with(csrf()).with(user(users.loadUserByUsername("handler2"))));

        assertThat(count("handler2", "SIGN_IN")).isEqualTo(before + 1);
        assertThat(count("handler2", "SIGN_IN_FAILED")).isPositive();
        assertThat(jdbc.sql("select outcome from audit_record where actor = 'handler2' and action = 'SIGN_IN_FAILED' "
                + "order by id desc fetch first 1 rows only").query(String.class).single()).isEqualTo("FAILURE");
        assertThat(count("handler2", "SIGN_OUT")).isPositive();
    }

    @Test
    void readingACaseADocumentAndExportingAreOnRecordWithTheCase() throws Exception {
        CaseFile c = driver.register();
        mvc.perform(get("/cases/" + c.id()).with(user(users.loadUserByUsername("handler1")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/" + c.id()).with(httpBasic("supervisor1", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/oversight/tasks/export").with(user(users.loadUserByUsername("supervisor1"))))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select actor from audit_record where action = 'CASE_READ' and case_id = ? order by id")
                .param(c.id()).query(String.class).list()).containsExactly("handler1", "supervisor1");
        assertThat(jdbc.sql("select subject from audit_record where action = 'CASE_READ' and case_id = ?")
                .param(c.id()).query(String.class).list()).containsOnly(c.caseNo());
        assertThat(count("supervisor1", "EXPORT")).isPositive();
    }

    @Test
    void theChainIsIntactAndAnAuditRowOrACaseEventChangedByHandIsFound() throws Exception {
        CaseFile c = driver.register();
        mvc.perform(get("/cases/" + c.id()).with(user(users.loadUserByUsername("handler1"))));
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));

        long row = jdbc.sql("select max(id) from audit_record where action = 'CASE_READ'").query(Long.class).single();
        String subject = jdbc.sql("select subject from audit_record where id = ?").param(row).query(String.class).single();
        alter("update audit_record set subject = 'someone else' where id = " + row);
        try {
            AuditVerification.Result broken = verification.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.log()).isEqualTo("audit_record");
            assertThat(broken.firstBroken()).isEqualTo(row);
        } finally {
            alter("update audit_record set subject = '" + subject + "' where id = " + row);
        }

        long event = jdbc.sql("select min(id) from case_event where case_id = ?").param(c.id()).query(Long.class).single();
        String summary = jdbc.sql("select summary from case_event where id = ?").param(event).query(String.class).single();
        alter("update case_event set summary = '篡改' where id = " + event);
        try {
            AuditVerification.Result broken = verification.verify();
            assertThat(broken.log()).isEqualTo("case_event");
            assertThat(broken.firstBroken()).isEqualTo(event);
        } finally {
            alter("update case_event set summary = '" + summary + "' where id = " + event);
        }
        assertThat(verification.verify().intact()).isTrue();
    }

    /**
     * The second event of a case in one transaction links to the first without reading it again; an inner
     * transaction rolled back leaves no head behind for the outer one to link to.
     */
    @Test
    void eventsOfOneTransactionLinkInOrderAndARolledBackInnerOneLeavesNoHead() {
        CaseFile a = driver.register();
        CaseFile b = driver.register();
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        new TransactionTemplate(transactions).executeWithoutResult(outer -> {
            events.system(a.id(), CaseEventType.BUREAU_NOTIFIED, "一", null);
            events.system(a.id(), CaseEventType.BUREAU_NOTIFIED, "二", null);
            inner.executeWithoutResult(rolledBack -> {
                events.system(b.id(), CaseEventType.BUREAU_NOTIFIED, "撤回", null);
                rolledBack.setRollbackOnly();
            });
            events.system(b.id(), CaseEventType.BUREAU_NOTIFIED, "三", null);
        });
        assertThat(jdbc.sql("select count(*) from case_event where summary = '撤回'").query(Long.class).single())
                .isZero();
        assertThat(events.firstBrokenLink()).isNull();
    }

    @Test
    void onlyTheAuditAdministratorReadsTheTrailAndItReadsNoCase() throws Exception {
        CaseFile c = driver.register();
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("admin", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user(users.loadUserByUsername("supervisor1")))).andExpect(status().isForbidden());
        String page = mvc.perform(get("/audit").with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("审计日志").contains("查阅案卷");
        mvc.perform(get("/cases/" + c.id()).with(user(users.loadUserByUsername("auditor")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + c.id()).with(httpBasic("auditor", "demo"))).andExpect(status().isNotFound());
    }

    /** Changes a row as someone with direct access to the database would. */
    protected void alter(String sql) {
        jdbc.sql(sql).update();
    }

    private long count(String actor, String action) {
        return jdbc.sql("select count(*) from audit_record where actor = ? and action = ?").params(actor, action)
                .query(Long.class).single();
    }

    /** On PostgreSQL an UPDATE through the application is refused outright (see the subclass). */
    protected static void refused(Runnable change) {
        assertThatThrownBy(change::run).hasMessageContaining("append-only");
    }
}
