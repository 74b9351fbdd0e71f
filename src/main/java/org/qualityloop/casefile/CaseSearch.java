package org.qualityloop.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualityloop.identity.Actor;
import org.qualityloop.paging.SearchFragment;

/**
 * What a case list may show and what the user searched for. The scope comes from the actor, never from
 * the request, so a list cannot be widened by editing a URL.
 */
public record CaseSearch(Collection<String> bureaus, String enterpriseUscc, String text, CaseStatus status,
                         Stage stage, String bureau, LocalDate registeredFrom, LocalDate registeredTo,
                         Collection<String> plan, Facet facet) {

    /**
     * Narrowing a figure of the analytics leads to: product category, a failed item, a task completed (or not) in
     * the case (and, if given, with a routing value it recorded, {@code name=true|false}), a statutory step whose
     * deadline was missed (met late, or open and past due on {@code asOf}), the result overturned
     * ({@code OVERTURNED}) or standing ({@code UPHELD}). Each is optional.
     */
    public record Facet(String category, String failedItem, String taskDone, String taskState, String taskNotDone,
                        String missedStep, String outcome, LocalDate asOf) {

        static final Facet NONE = new Facet(null, null, null, null, null, null, null, null);
        private static final java.util.regex.Pattern STATE = java.util.regex.Pattern.compile("[A-Za-z]{1,40}=(true|false)");

        public Facet {
            category = blankToNull(category);
            failedItem = blankToNull(failedItem);
            taskDone = blankToNull(taskDone);
            // only a recorded yes/no can narrow a list: anything else typed into the address is ignored
            taskState = taskDone == null || taskState == null || !STATE.matcher(taskState.strip()).matches() ? null
                    : taskState.strip();
            taskNotDone = blankToNull(taskNotDone);
            missedStep = blankToNull(missedStep);
            outcome = "OVERTURNED".equals(outcome) || "UPHELD".equals(outcome) ? outcome : null;
        }

        public boolean isEmpty() {
            return category == null && failedItem == null && taskDone == null && taskNotDone == null
                    && missedStep == null && outcome == null;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * What the search box looks in: the case number, report number, product, enterprise name and credit code as one
     * lowered text, kept beside each case ({@code db/vendor/{vendor}/V51}); on PostgreSQL a trigram index on it finds a
     * fragment among a million cases without reading them all.
     */
    static final String SEARCH_TEXT = "search_text";

    /** A deadline {@code d} missed: met after its day, or still open after it ({@code :today}). */
    static final String MISSED = "((d.met_on is not null and d.met_on > d.due_on) or (d.met_on is null and d.due_on < :today))";

    public static CaseSearch of(Actor actor, String text, CaseStatus status) {
        return switch (actor.role()) {
            case ADMIN -> new CaseSearch(null, null, text, status, null, null, null, null, null, Facet.NONE);
            case HANDLER, SUPERVISOR -> new CaseSearch(actor.bureaus(), null, text, status, null, null, null, null, null, Facet.NONE);
            case ENTERPRISE -> new CaseSearch(null, actor.enterpriseUscc(), text, status, null, null, null, null, null, Facet.NONE);
            // an institution works from its inbox; it has no case list
            case INSTITUTION, AUDITOR, SECURITY_ADMIN -> new CaseSearch(List.of(), null, text, status, null, null, null,
                    null, null, Facet.NONE);
        };
    }

    /** The same search narrowed by stage, one bureau (inside the scope, never beyond it) and registration days. */
    public CaseSearch narrowed(Stage stage, String bureau, LocalDate from, LocalDate to) {
        return new CaseSearch(bureaus, enterpriseUscc, text, status, stage,
                bureau == null || bureau.isBlank() ? null : bureau.strip(), from, to, plan, facet);
    }

    /** The same search narrowed to the results of a spot-check plan, recorded by its code or its name. */
    public CaseSearch ofPlan(Collection<String> codeAndName) {
        return new CaseSearch(bureaus, enterpriseUscc, text, status, stage, bureau, registeredFrom, registeredTo,
                codeAndName == null || codeAndName.isEmpty() ? null : List.copyOf(codeAndName), facet);
    }

    /** The same search narrowed as a figure of the analytics says (category, failed item, task done, missed step). */
    public CaseSearch with(Facet narrowing) {
        return new CaseSearch(bureaus, enterpriseUscc, text, status, stage, bureau, registeredFrom, registeredTo, plan,
                narrowing == null ? Facet.NONE : narrowing);
    }

    /**
     * Whether the search narrows by bureau and date of registration alone: then its conditions hold on any table
     * that keeps a case's bureau and registration day beside it, under the same column names.
     */
    boolean byBureauAndRegistrationOnly() {
        return enterpriseUscc == null && (text == null || text.isBlank()) && status == null && stage == null
                && plan == null && facet.isEmpty();
    }

    /** Whether a text fragment is searched for (through the trigram index on PostgreSQL). */
    boolean hasText() {
        return text != null && !text.isBlank();
    }

    String where() {
        return where(null);
    }

    /**
     * The conditions, with the scope given by the registry's bureaus outside it ({@code outsideScope}, when not null)
     * instead of by its own: for a scope of most of the registry that is the shorter list, and a condition on it
     * cannot be looked up in the bureau index (see {@code CaseFiles}).
     */
    String where(Collection<String> outsideScope) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (bureaus != null && (bureaus.isEmpty() || outsideScope == null)) {
            where.append(bureaus.isEmpty() ? " and 1 = 0" : " and bureau_code in (:bureaus)");
        } else if (bureaus != null && !outsideScope.isEmpty()) {
            where.append(" and bureau_code not in (:outside)");
        }
        if (enterpriseUscc != null) {
            where.append(" and sampled_uscc = :uscc");
        }
        if (hasText()) {
            where.append(" and ").append(SearchFragment.of(text).condition(SEARCH_TEXT));
        }
        if (status != null) {
            where.append(" and status = :status");
        }
        if (stage != null) {
            where.append(" and stage = :stage");
        }
        if (bureau != null) {
            where.append(" and bureau_code = :bureau");
        }
        if (registeredFrom != null) {
            where.append(" and registered_on >= :from");
        }
        if (registeredTo != null) {
            where.append(" and registered_on <= :to");
        }
        if (plan != null) {
            where.append(" and spot_check_plan in (:plan)");
        }
        if (facet.category() != null) {
            where.append(" and product_category = :category");
        }
        if (facet.failedItem() != null) {
            where.append(" and exists (select 1 from failed_item f where f.case_id = case_file.id and f.item = :item)");
        }
        if (facet.taskDone() != null) {
            where.append(" and exists (select 1 from case_event e where e.case_id = case_file.id"
                    + " and e.event_type = 'TASK_COMPLETED' and e.task_key = :task"
                    + (facet.taskState() == null ? ")" : " and e.after_state like :state)"));
        }
        if (facet.taskNotDone() != null) {
            where.append(" and not exists (select 1 from case_event e where e.case_id = case_file.id"
                    + " and e.event_type = 'TASK_COMPLETED' and e.task_key = :notTask)");
        }
        if (facet.missedStep() != null) {
            where.append(" and exists (select 1 from case_deadline d where d.case_id = case_file.id and d.step = :step"
                    + " and " + MISSED + ")");
        }
        if ("OVERTURNED".equals(facet.outcome())) {
            where.append(" and outcome = 'OVERTURNED'");
        } else if ("UPHELD".equals(facet.outcome())) {
            where.append(" and (outcome is null or outcome <> 'OVERTURNED')");
        }
        return where.toString();
    }

    Map<String, Object> params() {
        return params(null);
    }

    Map<String, Object> params(Collection<String> outsideScope) {
        Map<String, Object> params = new HashMap<>();
        if (outsideScope != null && !outsideScope.isEmpty()) {
            params.put("outside", outsideScope);
        }
        if (bureaus != null && !bureaus.isEmpty()) {
            params.put("bureaus", bureaus);
        }
        if (enterpriseUscc != null) {
            params.put("uscc", enterpriseUscc);
        }
        if (hasText()) {
            params.putAll(SearchFragment.of(text).params());
        }
        if (status != null) {
            params.put("status", status.name());
        }
        if (stage != null) {
            params.put("stage", stage.name());
        }
        if (bureau != null) {
            params.put("bureau", bureau);
        }
        if (registeredFrom != null) {
            params.put("from", registeredFrom);
        }
        if (registeredTo != null) {
            params.put("to", registeredTo);
        }
        if (plan != null) {
            params.put("plan", plan);
        }
        if (facet.category() != null) {
            params.put("category", facet.category());
        }
        if (facet.failedItem() != null) {
            params.put("item", facet.failedItem());
        }
        if (facet.taskDone() != null) {
            params.put("task", facet.taskDone());
            if (facet.taskState() != null) {
                // the completion's routing values are stored as compact JSON ({"reinspectionPassed":true,...})
                String[] state = facet.taskState().split("=");
                params.put("state", "%\"" + state[0] + "\":" + state[1] + "%");
            }
        }
        if (facet.taskNotDone() != null) {
            params.put("notTask", facet.taskNotDone());
        }
        if (facet.missedStep() != null) {
            params.put("step", facet.missedStep());
            params.put("today", facet.asOf());
        }
        return params;
    }
}
