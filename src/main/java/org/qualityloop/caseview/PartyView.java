package org.qualityloop.caseview;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.Attachments;
import org.qualityloop.casefile.CaseDeadline;
import org.qualityloop.casefile.CaseEvent;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.CandidateGroup;
import org.qualityloop.identity.Role;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.process.TaskView;
import org.springframework.stereotype.Component;

/**
 * What a party to a case (the enterprise, or the institution a re-test went to) sees of it: an allow-list,
 * the one rule for the API and the pages. Outward acts only: documents served on it, its own submissions and
 * open tasks, what the law makes of its silence, deadlines that bind it and their extensions, the case's end.
 * Internal findings, approvals, reviews and tasks stay inside the bureau, and staff appear as the bureau,
 * never by their accounts.
 */
@Component
public class PartyView {

    /** Consequences the party is told of, whoever raised them. */
    private static final Set<CaseEventType> OUTWARD = EnumSet.of(CaseEventType.DEEMED_SERVED,
            CaseEventType.DEEMED_ACCEPTED, CaseEventType.STOP_SALE_LIFTED, CaseEventType.STATEMENT_WAIVED,
            CaseEventType.CASE_ARCHIVED, CaseEventType.ENTERPRISE_REMINDER);

    /** The deadlines that bind the enterprise rather than the bureau. */
    private static final Set<Step> ENTERPRISE_STEPS = EnumSet.of(Step.OBJECTION, Step.RECTIFICATION,
            Step.FIRST_REINSPECTION, Step.STATEMENT, Step.FINE_PAYMENT);

    /** The deadline that binds a re-test institution. */
    private static final Set<Step> INSTITUTION_STEPS = EnumSet.of(Step.RETEST_REPORT);

    private final TaskCatalog catalog;

    PartyView(TaskCatalog catalog) {
        this.catalog = catalog;
    }

    /** Whether the actor reads the case as a party, through this allow-list. */
    public static boolean applies(Actor actor) {
        return actor.is(Role.ENTERPRISE) || actor.is(Role.INSTITUTION);
    }

    /**
     * The events the party may read, with no internal state attached and staff named as the bureau;
     * {@code served} are the documents it may read, so an issued document shows only if it is one of them.
     */
    public List<CaseEvent> events(Actor party, List<CaseEvent> all, List<IssuedDocument> served, String bureauName) {
        Predicate<CaseEvent> allowed = e -> switch (e.type()) {
            case DOCUMENT_ISSUED -> served.stream().anyMatch(d -> e.summary().contains(d.number()));
            case DOCUMENT_ACKNOWLEDGED -> e.actor().equals(party.username());
            case TASK_COMPLETED, ATTACHMENT_FILED -> e.taskKey() != null && ownTask(party, e.taskKey());
            // a deadline that binds the party moved: the step is named, quoted, in the event's after-state
            case DEADLINE_EXTENDED, CALENDAR_VERIFIED -> steps(party).stream().anyMatch(s -> e.after() != null
                    && e.after().contains("\"" + s.name() + "\""));
            default -> OUTWARD.contains(e.type());
        };
        return all.stream().filter(allowed)
                .map(e -> new CaseEvent(e.id(), e.occurredAt(),
                        e.actor().equals(party.username()) ? e.actor() : bureauName, e.taskKey(), null, e.type(),
                        e.type() == CaseEventType.DEADLINE_EXTENDED || e.type() == CaseEventType.CALENDAR_VERIFIED
                                ? "" : e.summary(), null, null))
                .toList();
    }

    /** The open tasks that are the party's own to answer. */
    public List<TaskView> tasks(Actor party, List<TaskView> open) {
        return open.stream().filter(t -> ownTask(party, t.key()))
                .map(t -> new TaskView(t.id(), t.key(), t.name(), t.caseId(), t.caseNo(), t.dueDate(), null))
                .toList();
    }

    /** The deadlines that bind the party. */
    public List<CaseDeadline> deadlines(Actor party, List<CaseDeadline> all) {
        return all.stream().filter(d -> steps(party).contains(d.step())).toList();
    }


    /**
     * A party reads the files it handed in, and the proof that a notice was served on it (which it may
     * contest); never the bureau's other evidence.
     */
    public static boolean mayRead(Actor actor, Attachments.Attachment attachment) {
        return !applies(actor) || attachment.uploadedBy().equals(actor.username())
                || Bpmn.Task.RECORD_SERVICE.equals(attachment.taskKey());
    }

    private boolean ownTask(Actor party, String taskKey) {
        TaskCatalog.TaskInfo info = catalog.all().get(taskKey);
        return info != null && info.offeredTo(party.is(Role.ENTERPRISE) ? CandidateGroup.ENTERPRISE
                : CandidateGroup.INSTITUTION);
    }

    private static Set<Step> steps(Actor party) {
        return party.is(Role.ENTERPRISE) ? ENTERPRISE_STEPS : INSTITUTION_STEPS;
    }
}
