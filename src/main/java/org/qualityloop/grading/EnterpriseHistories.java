package org.qualityloop.grading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.qualityloop.casefile.CaseEvent;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.EnterpriseCase;
import org.qualityloop.casefile.Hazard;
import org.qualityloop.process.Bpmn;
import org.springframework.stereotype.Component;

/**
 * Reads an enterprise's history from the case files and their event logs: results not overturned, their hazard, and
 * what happened on the way (deemed acceptance, overdue rectification, failed re-inspection, suspension, penalty,
 * transfer). Each fact counts once per case.
 */
@Component
public class EnterpriseHistories {

    static final Set<String> REINSPECTIONS = Set.of(Bpmn.Task.RECORD_FIRST_REINSPECTION,
            Bpmn.Task.RECORD_SECOND_REINSPECTION, Bpmn.Task.RECORD_SUSPENSION_REINSPECTION);

    /** The task whose completion is the fact, for facts a task records. */
    static final Map<String, HistoryFact> TASK_FACTS = Map.of(
            Bpmn.Task.ORDER_SUSPENSION, HistoryFact.SUSPENSION,
            Bpmn.Task.DECIDE_PENALTY, HistoryFact.PENALTY,
            Bpmn.Task.PREPARE_TRANSFER, HistoryFact.TRANSFER);

    /**
     * Every task whose completion can be a fact of the history. PostgreSQL's partial index of these events (V53)
     * names the same tasks and {@link #READ}'s types: change them together.
     */
    static final Set<String> TASKS = union(REINSPECTIONS, TASK_FACTS.keySet());

    private static final Set<CaseEventType> READ = EnumSet.of(CaseEventType.DEEMED_ACCEPTED,
            CaseEventType.RECTIFICATION_OVERDUE, CaseEventType.TASK_COMPLETED);

    private final CaseFiles cases;
    private final CaseEvents events;
    private final ObjectMapper json;

    EnterpriseHistories(CaseFiles cases, CaseEvents events, ObjectMapper json) {
        this.cases = cases;
        this.events = events;
        this.json = json;
    }

    /**
     * The results registered from {@code years} before {@code asOf} up to it, leaving out one case (or none): the
     * latest {@code limit} of them, which decide any rule of the table (its thresholds are far below the limit).
     */
    public EnterpriseHistory of(String uscc, LocalDate asOf, int years, UUID leavingOut, int limit) {
        LocalDate from = asOf.minusYears(years);
        List<EnterpriseCase> counted = cases.ofEnterprise(uscc, from, asOf, leavingOut, limit);
        Map<UUID, List<CaseEvent>> logs = events.ofCases(counted.stream().map(EnterpriseCase::id).toList(), READ,
                TASKS);
        List<EnterpriseHistory.Entry> entries = new ArrayList<>();
        for (EnterpriseCase c : counted) {
            Set<HistoryFact> facts = new LinkedHashSet<>();
            facts.add(HistoryFact.NONCONFORMING);
            if (c.worstHazard() == Hazard.SAFETY) {
                facts.add(HistoryFact.SAFETY_FAILURE);
            }
            for (CaseEvent e : logs.getOrDefault(c.id(), List.of())) {
                switch (e.type()) {
                    case DEEMED_ACCEPTED -> facts.add(HistoryFact.DEEMED_ACCEPTANCE);
                    case RECTIFICATION_OVERDUE -> facts.add(HistoryFact.RECTIFICATION_OVERDUE);
                    default -> {
                        if (TASK_FACTS.containsKey(e.taskKey())) {
                            facts.add(TASK_FACTS.get(e.taskKey()));
                        } else if (REINSPECTIONS.contains(e.taskKey()) && failed(e)) {
                            facts.add(HistoryFact.REINSPECTION_FAILED);
                        }
                    }
                }
            }
            facts.forEach(f -> entries.add(new EnterpriseHistory.Entry(f, c.id(), c.caseNo(), c.registeredOn())));
        }
        return new EnterpriseHistory(uscc, from, asOf, List.copyOf(entries), counted.size() == limit);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new java.util.HashSet<>(a);
        union.addAll(b);
        return Set.copyOf(union);
    }

    /** A re-inspection's completion records whether it passed (the routing variable it set). */
    private boolean failed(CaseEvent completion) {
        if (completion.after() == null) {
            // an event restored without its state (an archive brought over) says nothing about the result
            return false;
        }
        try {
            JsonNode passed = json.readTree(completion.after()).path(Bpmn.Var.REINSPECTION_PASSED);
            return passed.isBoolean() && !passed.booleanValue();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The event log holds an unreadable completion " + completion.id(), e);
        }
    }
}
