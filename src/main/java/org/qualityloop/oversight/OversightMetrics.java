package org.qualityloop.oversight;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.Stage;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.worklist.Dashboard;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What Prometheus scrapes: open cases by stage, overdue tasks by stage (both counted by the database,
 * at most once per {@code metricsMaxAge}, however often it scrapes), and how long each step took to complete.
 */
@Component
class OversightMetrics {

    private static final Duration[] SLOS = {Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofDays(15), Duration.ofDays(30), Duration.ofDays(60), Duration.ofDays(90)};

    private record Snapshot(Instant takenAt, Map<String, Long> openCases, Map<String, Long> overdueTasks) {
    }

    private final CaseFiles cases;
    private final Dashboard dashboard;
    private final BusinessClock clock;
    private final MeterRegistry registry;
    private final Duration maxAge;
    private volatile Snapshot snapshot;

    OversightMetrics(CaseFiles cases, Dashboard dashboard, BusinessClock clock, MeterRegistry registry, OversightProperties properties) {
        this.cases = cases;
        this.dashboard = dashboard;
        this.maxAge = properties.metricsMaxAge();
        this.clock = clock;
        this.registry = registry;
        for (Stage stage : Stage.values()) {
            if (stage != Stage.ARCHIVED) {
                Gauge.builder("qualityloop.cases.open", this, m -> m.current().openCases().getOrDefault(stage.name(), 0L))
                        .tag("stage", stage.name()).description("Open cases by the stage they are in")
                        .register(registry);
            }
        }
        for (String stage : TaskCatalog.LOOP_ORDER) {
            Gauge.builder("qualityloop.tasks.overdue", this, m -> m.current().overdueTasks().getOrDefault(stage, 0L))
                    .tag("stage", stage).description("Open tasks past their due date")
                    .register(registry);
        }
    }

    @EventListener
    void onComplete(DelegateTask task) {
        if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) && task.getCreateTime() != null) {
            Timer.builder("qualityloop.task.completion").tag("step", task.getTaskDefinitionKey())
                    .description("Time from a task's creation to its completion")
                    .serviceLevelObjectives(SLOS)
                    .register(registry)
                    .record(Duration.between(task.getCreateTime().toInstant(), clock.now()));
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = Instant.now();
        if (s == null || !s.takenAt().plus(maxAge).isAfter(now)) {
            s = new Snapshot(now, cases.openCountByStage(), dashboard.overdueByStage());
            snapshot = s;
        }
        return s;
    }

}
