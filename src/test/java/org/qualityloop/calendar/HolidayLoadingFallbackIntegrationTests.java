package org.qualityloop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.OwnDatabase;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.CaseDeadline;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskDueDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The calendar recount moves a hundred cases in one transaction; when that fails because one of them changed under
 * it (here: the engine refuses the batch as it would when a task of the hundred was completed meanwhile), the whole
 * hundred rolls back and each case is recounted in a transaction of its own. Nothing is moved twice or left out.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class HolidayLoadingFallbackIntegrationTests {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.h2(registry, "holidays-fallback");
    }

    @MockitoSpyBean TaskDueDates taskDueDates;
    @Autowired MockMvc mvc;
    @Autowired CaseDriver driver;
    @Autowired CaseDeadlines deadlines;
    @Autowired CaseEvents events;
    @Autowired JdbcClient jdbc;
    @Autowired org.qualityloop.worklist.ReadModelCheck readModel;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aHundredThatFailsTogetherIsRecountedCaseByCase() throws Exception {
        CaseDriver.today("2026-12-20");
        // rectifications ordered 2026-11-02 end on 2027-01-04, a rest day in the test's notice
        List<CaseFile> rectifying = List.of(HolidayLoadingChecks.rectifying(driver, "2026-11-02"),
                HolidayLoadingChecks.rectifying(driver, "2026-11-02"));
        AtomicBoolean refused = new AtomicBoolean();
        doAnswer(call -> {
            Map<?, ?> tasks = call.getArgument(0);
            if (tasks.size() > 1 && refused.compareAndSet(false, true)) {
                throw new OptimisticLockingException("a task of the hundred was completed meanwhile");
            }
            return call.callRealMethod();
        }).when(taskDueDates).move(anyMap(), anyCollection(), any());

        mvc.perform(put("/api/v1/admin/holidays/2027").param("preview", "false").with(httpBasic("admin", "demo"))
                .contentType("text/csv").content(HolidayLoadingChecks.NOTICE)).andExpect(status().isOk());

        assertThat(refused).as("the hundred was refused together").isTrue();
        for (CaseFile c : rectifying) {
            CaseDeadline after = deadlines.find(c.id(), Step.RECTIFICATION).orElseThrow();
            assertThat(after.dueOn()).hasToString("2027-01-05");
            assertThat(after.verified()).isTrue();
            assertThat(CaseDriver.day(driver.task(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT).getDueDate()))
                    .hasToString("2027-01-05");
            assertThat(jdbc.sql("select due_on from open_task where case_id = ? and task_key = ?")
                    .params(c.id(), Bpmn.Task.SUBMIT_RECTIFICATION_REPORT).query(LocalDate.class).single())
                    .hasToString("2027-01-05");
            assertThat(events.list(c.id())).as("recorded once, by its own transaction")
                    .filteredOn(e -> e.type() == CaseEventType.CALENDAR_VERIFIED).hasSize(1);
        }
        assertThat(readModel.differences()).as("worklist and tally against the engine").isEmpty();
        assertThat(events.firstBrokenLink()).isNull();
        assertThat(deadlines.casesWithUnverifiedIn(2027))
                .doesNotContainAnyElementsOf(rectifying.stream().map(CaseFile::id).toList());
    }
}
