package org.qualityloop.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadline;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.Track;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.process.Bpmn;
import org.qualityloop.worklist.OpenTasks;
import org.qualityloop.worklist.ReadModelCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Extensions the law allows move every date that follows them; the ones it does not are refused, saying why. */
@QualityLoopIntegrationTest
public class DeadlineExtensionIntegrationTests {

    @Autowired CaseDriver driver;
    @Autowired DeadlineExtensions extensions;
    @Autowired CaseDeadlines deadlines;
    @Autowired CaseEvents events;
    @Autowired OpenTasks openTasks;
    @Autowired ReadModelCheck readModel;

    private CaseFile c;

    @BeforeEach
    void caseInRectification() {
        CaseDriver.today("2026-12-31");
        c = driver.rectifying(Track.GENERAL);
        // ordered 2026-09-28: rectify by 2026-11-27, first re-inspection by 2026-12-14
        CaseDriver.today("2026-11-20");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void rectificationExtensionMovesTheDeadlineTaskTimerReadModelAndTheReinspectionAfterIt() {
        assertThat(due("RECTIFICATION")).hasToString("2026-11-27");

        var extension = extensions.approve(driver.actor("supervisor1"), c.id(),
                new ExtensionRequest(Step.RECTIFICATION, LocalDate.parse("2026-11-20"), 20, "更换生产线设备需要时间"));

        // 2026-11-27 + 20 days = 2026-12-17 (a Thursday)
        assertThat(extension.dueAfter()).hasToString("2026-12-17");
        assertThat(due("RECTIFICATION")).hasToString("2026-12-17");
        assertThat(due("FIRST_REINSPECTION")).hasToString("2027-01-04");
        var task = driver.task(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT);
        assertThat(CaseDriver.day(task.getDueDate())).hasToString("2026-12-17");
        assertThat(CaseDriver.day(driver.timer(c, Bpmn.Process.RECTIFICATION).getDuedate())).hasToString("2026-12-17");
        assertThat(openTasks.find(task.getId()).orElseThrow().dueOn()).hasToString("2026-12-17");
        assertThat(events.list(c.id())).anyMatch(e -> e.type() == CaseEventType.DEADLINE_EXTENDED
                && e.actor().equals("supervisor1") && e.summary().contains("更换生产线设备需要时间"));
        assertThat(readModel.differences()).isEmpty();

        // the re-inspection task created later takes the moved date, not 75 days from the order
        driver.complete(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "整改完成",
                "disposal", "已下架", "stopSaleConfirmed", true, "submittedOn", "2026-11-20"));
        var reinspection = driver.task(c, Bpmn.Task.RECORD_FIRST_REINSPECTION);
        assertThat(CaseDriver.day(reinspection.getDueDate())).hasToString("2027-01-04");
        assertThat(openTasks.find(reinspection.getId()).orElseThrow().dueOn()).hasToString("2027-01-04");
        assertThat(readModel.differences()).isEmpty();
    }

    @Test
    void refusesWhatTheLawDoesNotAllowAndKeepsTheDeadline() {
        CaseDriver.today("2026-11-24");
        var supervisor = driver.actor("supervisor1");
        assertThat(refusal(new ExtensionRequest(Step.RECTIFICATION, LocalDate.parse("2026-11-20"), 31, "理由")))
                .containsEntry("days", "extension.error.tooManyDays");
        // due 2026-11-27: asking on 11-23 is 4 days before, too late
        assertThat(refusal(new ExtensionRequest(Step.RECTIFICATION, LocalDate.parse("2026-11-23"), 10, "理由")))
                .containsEntry("requestedOn", "extension.error.tooLate");
        assertThat(refusal(new ExtensionRequest(Step.RECTIFICATION, LocalDate.parse("2026-11-25"), 10, "理由")))
                .containsEntry("requestedOn", "extension.error.requestedInFuture");
        assertThat(refusal(new ExtensionRequest(Step.OBJECTION, LocalDate.parse("2026-11-20"), 10, "理由")))
                .containsEntry("step", "extension.error.notExtendable");
        assertThat(refusal(new ExtensionRequest(Step.RECTIFICATION, LocalDate.parse("2026-11-20"), 10, " ")))
                .containsEntry("reason", "extension.error.reasonRequired");
        assertThatThrownBy(() -> extensions.approve(driver.actor("handler1"), c.id(),
                new ExtensionRequest(Step.RECTIFICATION, LocalDate.parse("2026-11-20"), 10, "理由")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(due("RECTIFICATION")).hasToString("2026-11-27");
        assertThat(events.has(c.id(), CaseEventType.DEADLINE_EXTENDED)).isFalse();

        extensions.approve(supervisor, c.id(), new ExtensionRequest(Step.RECTIFICATION, LocalDate.parse("2026-11-20"), 10, "一次"));
        assertThat(refusal(new ExtensionRequest(Step.RECTIFICATION, LocalDate.parse("2026-11-20"), 5, "两次")))
                .containsEntry("step", "extension.error.tooOften");
        assertThat(due("RECTIFICATION")).hasToString("2026-12-07");
    }

    @Test
    void penaltyDecisionMayBeExtendedByThirtyDays() {
        CaseDriver.today("2026-12-31");
        CaseFile serious = driver.rectifying(Track.SERIOUS);
        driver.complete(serious, Bpmn.Task.VERIFY_LEAD, "handler1",
                Map.of("proposal", "FILE", "findings", "涉案产品 300 台", "verifiedOn", "2026-09-29"));
        driver.complete(serious, Bpmn.Task.APPROVE_FILING, "supervisor1", Map.of("approved", true, "decidedOn", "2026-09-30"));
        CaseDriver.today("2026-12-01");

        extensions.approve(driver.actor("supervisor1"), serious.id(),
                new ExtensionRequest(Step.PENALTY_DECISION, LocalDate.parse("2026-12-01"), 30, "案情复杂，经负责人批准"));

        // filed 2026-09-30: 90 days to 2026-12-29, +30 days = 2027-01-28
        assertThat(deadlines.list(serious.id()).stream().filter(d -> d.step() == Step.PENALTY_DECISION)
                .findFirst().orElseThrow().dueOn()).hasToString("2027-01-28");
        assertThat(CaseDriver.day(driver.task(serious, Bpmn.Task.INVESTIGATE).getDueDate())).hasToString("2027-01-28");
        assertThat(readModel.differences()).isEmpty();
    }

    private Map<String, String> refusal(ExtensionRequest request) {
        try {
            extensions.approve(driver.actor("supervisor1"), c.id(), request);
            throw new AssertionError("The extension was approved: " + request);
        } catch (InvalidInputException e) {
            Map<String, String> fields = new HashMap<>();
            e.errors().all().forEach(err -> fields.put(err.field(), err.code()));
            return fields;
        }
    }

    private LocalDate due(String step) {
        return deadlines.list(c.id()).stream().filter(d -> d.step().name().equals(step)).map(CaseDeadline::dueOn)
                .findFirst().orElseThrow();
    }
}
