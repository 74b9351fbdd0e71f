package org.qualityloop.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.qualityloop.casefile.CaseDeadline;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseEvent;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.CaseOutcome;
import org.qualityloop.casefile.FailedItem;
import org.qualityloop.casefile.Hazard;
import org.qualityloop.casefile.Stage;
import org.springframework.stereotype.Component;

/**
 * Works out what cases are counted for in the analytics, from their files, event logs and deadlines as they stand:
 * several cases at once, so a restored archive is counted in batches as cheaply as one case after an event.
 */
@Component
class CaseContributions {

    /** The years before a result in which an earlier standing result makes it a repeat (as the grade counts). */
    static final int REPEAT_YEARS = 3;

    private static final Set<CaseEventType> READ = EnumSet.of(CaseEventType.STAGE_ENTERED, CaseEventType.TASK_COMPLETED,
            CaseEventType.RECTIFICATION_STARTED, CaseEventType.RECTIFICATION_FINISHED, CaseEventType.PENALTY_STARTED,
            CaseEventType.PENALTY_FINISHED);

    /** Stages that run beside the main line: timed from their own start and finish, not from stage moves. */
    private static final Set<Stage> TRACKS = EnumSet.of(Stage.RECTIFICATION, Stage.PENALTY);

    private static final Set<String> ENDING_TASKS = java.util.Arrays.stream(EndingKind.values())
            .map(EndingKind::task).filter(java.util.Objects::nonNull)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final CaseFiles cases;
    private final CaseEvents events;
    private final CaseDeadlines deadlines;
    private final ObjectMapper json;

    CaseContributions(CaseFiles cases, CaseEvents events, CaseDeadlines deadlines, ObjectMapper json) {
        this.cases = cases;
        this.events = events;
        this.deadlines = deadlines;
        this.json = json;
    }

    /** What each of these cases is counted for now, by case; a case not found is left out. */
    Map<UUID, Counted> of(Collection<UUID> ids) {
        List<CaseFile> files = cases.findByIds(ids);
        Set<UUID> repeats = cases.repeatResults(ids, REPEAT_YEARS);
        Map<UUID, List<CaseEvent>> logs = events.ofCases(ids, READ, ENDING_TASKS);
        Map<UUID, List<CaseDeadline>> steps = deadlines.ofCases(ids);
        Map<UUID, Counted> counted = new HashMap<>();
        for (CaseFile c : files) {
            TreeSet<Contribution> found = new TreeSet<>();
            boolean upheld = c.outcome() != CaseOutcome.OVERTURNED;
            found.add(new Contribution(Measure.RESULT, upheld ? "UPHELD" : "OVERTURNED", 0));
            if (upheld) {
                for (FailedItem item : c.intake().failedItems()) {
                    found.add(new Contribution(Measure.ITEM, item.item(), 0));
                    if (item.hazard() == Hazard.SAFETY) {
                        found.add(new Contribution(Measure.SAFETY, null, 0));
                    }
                }
                if (repeats.contains(c.id())) {
                    found.add(new Contribution(Measure.REPEAT, null, 0));
                }
            } else {
                found.add(new Contribution(Measure.ENDING, EndingKind.OVERTURNED.name(), 0));
            }
            List<CaseEvent> log = logs.getOrDefault(c.id(), List.of());
            endings(log, found);
            stages(c.intake().registeredAt(), log, found);
            for (CaseDeadline d : steps.getOrDefault(c.id(), List.of())) {
                if (d.metOn() != null) {
                    found.add(new Contribution(Measure.STEP_MET, d.step().name(),
                            d.metOn().toEpochDay() - d.startsOn().toEpochDay()));
                    if (d.metOn().isAfter(d.dueOn())) {
                        found.add(new Contribution(Measure.STEP_LATE, d.step().name(), 0));
                    }
                }
            }
            counted.put(c.id(), new Counted(c.intake().registeredOn().getYear(), c.intake().product().category(),
                    c.bureauCode(), c.intake().registeredOn(), c.enterpriseUscc(), List.copyOf(found)));
        }
        return counted;
    }

    private void endings(List<CaseEvent> log, TreeSet<Contribution> found) {
        for (CaseEvent e : log) {
            if (e.type() != CaseEventType.TASK_COMPLETED || e.taskKey() == null) {
                continue;
            }
            for (EndingKind kind : EndingKind.values()) {
                if (e.taskKey().equals(kind.task()) && recorded(e, kind.state())) {
                    found.add(new Contribution(Measure.ENDING, kind.name(), 0));
                }
            }
        }
    }

    /**
     * Days in each stage the case has left: main-line stages from the move into them to the move out; rectification
     * and penalty, which run side by side, from their start to their finish. A stage entered twice counts its first
     * stay; an archive restored without the moves' states has no stage times.
     */
    private void stages(Instant registeredAt, List<CaseEvent> log, TreeSet<Contribution> found) {
        Map<Stage, Instant> since = new EnumMap<>(Stage.class);
        since.put(Stage.INTAKE, registeredAt);
        Set<Stage> timed = EnumSet.noneOf(Stage.class);
        for (CaseEvent e : log) {
            switch (e.type()) {
                case STAGE_ENTERED -> {
                    JsonNode move = read(e);
                    if (move == null || !move.hasNonNull("from") || !move.hasNonNull("to")) {
                        continue;
                    }
                    Stage from = Stage.valueOf(move.get("from").asText());
                    Stage to = Stage.valueOf(move.get("to").asText());
                    if (!TRACKS.contains(from) && from != Stage.INTAKE) {
                        timed(from, since.get(from), e.occurredAt(), timed, found);
                    }
                    since.putIfAbsent(to, e.occurredAt());
                }
                case RECTIFICATION_STARTED -> since.putIfAbsent(Stage.RECTIFICATION, e.occurredAt());
                case PENALTY_STARTED -> since.putIfAbsent(Stage.PENALTY, e.occurredAt());
                case RECTIFICATION_FINISHED ->
                        timed(Stage.RECTIFICATION, since.get(Stage.RECTIFICATION), e.occurredAt(), timed, found);
                case PENALTY_FINISHED -> timed(Stage.PENALTY, since.get(Stage.PENALTY), e.occurredAt(), timed, found);
                default -> {
                }
            }
        }
    }

    private static void timed(Stage stage, Instant from, Instant to, Set<Stage> timed, TreeSet<Contribution> found) {
        if (from != null && timed.add(stage)) {
            found.add(new Contribution(Measure.STAGE, stage.name(), Duration.between(from, to).toSeconds() / 86_400.0));
        }
    }

    /** Whether a completion recorded the routing value {@code name=value}; any completion when none is asked. */
    private boolean recorded(CaseEvent completion, String state) {
        if (state == null) {
            return true;
        }
        JsonNode after = read(completion);
        String[] expected = state.split("=");
        return after != null && after.path(expected[0]).isBoolean()
                && after.path(expected[0]).booleanValue() == Boolean.parseBoolean(expected[1]);
    }

    private JsonNode read(CaseEvent e) {
        if (e.after() == null) {
            // an event restored without its state (an archive brought over) says nothing more
            return null;
        }
        try {
            return json.readTree(e.after());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("The event log holds an unreadable state in event " + e.id(), ex);
        }
    }

    /**
     * A case's place in the tally (registration year, product category, bureau), what it is counted for, and the day
     * and enterprise by which the repeat enterprises are found.
     */
    record Counted(int year, String category, String bureauCode, java.time.LocalDate registeredOn, String uscc,
                   List<Contribution> contributions) {

        boolean repeat() {
            return contributions.stream().anyMatch(c -> c.measure() == Measure.REPEAT);
        }

        private static final char FIELD = '\u001F';
        private static final char RECORD = '\u001E';

        String encoded() {
            StringBuilder s = new StringBuilder();
            for (Contribution c : contributions) {
                s.append(c.measure().name()).append(FIELD).append(c.detail()).append(FIELD).append(c.days())
                        .append(RECORD);
            }
            return s.toString();
        }

        static Counted decode(int year, String category, String bureauCode, java.time.LocalDate registeredOn,
                              String uscc, String encoded) {
            List<Contribution> contributions = new ArrayList<>();
            for (String record : encoded.split(String.valueOf(RECORD))) {
                if (record.isEmpty()) {
                    continue;
                }
                String[] f = record.split(String.valueOf(FIELD), -1);
                contributions.add(new Contribution(Measure.valueOf(f[0]), f[1], Double.parseDouble(f[2])));
            }
            return new Counted(year, category, bureauCode, registeredOn, uscc, List.copyOf(contributions));
        }
    }
}
