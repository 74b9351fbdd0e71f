package org.qualityloop.oversight;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.HolidayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A timer that acts against an enterprise (deemed acceptance when the objection window closes, deemed service of
 * an announcement, the statement period over, rectification overdue) must not fire on a day counted without the
 * year's holiday notice: that day may turn out to be a holiday. Such timers are held (suspended) while their
 * year is not loaded and let go once it is and the recount has moved them. The case file shows a held timer as
 * waiting for the calendar; the dashboard counts them.
 */
@Component
public class CalendarGuard {

    private static final Logger log = LoggerFactory.getLogger(CalendarGuard.class);

    /** The timers whose firing acts against the enterprise. */
    static final Set<String> ADVERSE = Set.of("objectionWindowClosed", "announcementServiceEffective",
            "statementPeriodExpired", "rectificationOverdue");

    private final ManagementService management;
    private final RuntimeService runtime;
    private final HolidayCalendar holidays;
    private final BusinessClock clock;

    CalendarGuard(ManagementService management, RuntimeService runtime, HolidayCalendar holidays, BusinessClock clock) {
        this.runtime = runtime;
        this.management = management;
        this.holidays = holidays;
        this.clock = clock;
    }

    /** Holds every adverse timer due in a year not loaded; returns how many it held now. */
    @EventListener(ApplicationReadyEvent.class)
    public int hold() {
        int held = 0;
        for (Job job : adverse(false)) {
            if (!holidays.isCovered(dueDay(job))) {
                management.suspendJobById(job.getId());
                held++;
            }
        }
        if (held > 0) {
            log.info("{} timers acting against enterprises held until their year's holiday notice is loaded", held);
        }
        return held;
    }

    /** Lets go every held timer whose year is now loaded; returns how many. */
    public int release() {
        int released = 0;
        for (Job job : adverse(true)) {
            if (holidays.isCovered(dueDay(job))) {
                management.activateJobById(job.getId());
                released++;
            }
        }
        return released;
    }

    /** The case numbers (business keys) of the timers that wait for a holiday notice now, one per timer. */
    public List<String> waitingCaseNos() {
        List<Job> held = adverse(true);
        if (held.isEmpty()) {
            return List.of();
        }
        Map<String, String> keys = new HashMap<>();
        runtime.createProcessInstanceQuery()
                .processInstanceIds(held.stream().map(Job::getProcessInstanceId).collect(Collectors.toSet()))
                .list().forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
        return held.stream().map(j -> keys.get(j.getProcessInstanceId())).filter(Objects::nonNull).toList();
    }

    private List<Job> adverse(boolean suspended) {
        List<String> definitions = management.createJobDefinitionQuery()
                .activityIdIn(ADVERSE.toArray(String[]::new)).list().stream().map(JobDefinition::getId).toList();
        return definitions.stream().flatMap(id -> {
            var query = management.createJobQuery().jobDefinitionId(id).timers();
            return (suspended ? query.suspended() : query.active()).list().stream();
        }).toList();
    }

    private LocalDate dueDay(Job job) {
        return clock.dayOf(job.getDuedate());
    }
}
