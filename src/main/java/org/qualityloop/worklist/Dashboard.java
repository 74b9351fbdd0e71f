package org.qualityloop.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.DueState;
import org.qualityloop.calendar.StatutoryCalendar;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's dashboard (监督看板): stage by due state, the bureau tree rolled up, workload per person.
 * Two grouped queries over the tally of open tasks ({@code open_task_tally}, one row per bureau, stage,
 * assignee and due day), so the cost follows the number of cells, not of tasks; the due day becomes a due
 * state at reading time.
 */
@Service
public class Dashboard {

    /** Counts of open tasks by due state; {@code unverified} overlaps the other three. */
    public record Counts(long overdue, long dueSoon, long onTime, long unverified) {

        static final Counts ZERO = new Counts(0, 0, 0, 0);

        public long total() {
            return overdue + dueSoon + onTime;
        }

        Counts plus(Counts o) {
            return new Counts(overdue + o.overdue, dueSoon + o.dueSoon, onTime + o.onTime, unverified + o.unverified);
        }
    }

    /** A bureau with its own counts and those of its whole subtree in scope; {@code depth} for indenting. */
    public record BureauLine(String code, String name, int depth, Counts own, Counts subtree) {
    }

    /** A person's open tasks; {@code username} null is the line of tasks nobody has claimed. */
    public record Workload(String username, String displayName, Counts counts) {
    }

    private static final String COUNTS = """
            sum(case when due_on < :today then n else 0 end),
            sum(case when due_on >= :today and due_on <= :soon then n else 0 end),
            sum(case when due_on is null or due_on > :soon then n else 0 end),
            sum(case when due_verified = false then n else 0 end)""";

    private final JdbcClient jdbc;
    private final Bureaus bureaus;
    private final UserAccounts accounts;
    private final BusinessClock clock;
    private final StatutoryCalendar calendar;
    private final WorklistWrites kept;

    Dashboard(JdbcClient jdbc, Bureaus bureaus, BusinessClock clock, StatutoryCalendar calendar,
              UserAccounts accounts, WorklistWrites kept) {
        this.kept = kept;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.bureaus = bureaus;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** Overdue open tasks by stage, over every bureau: what the metrics endpoint reports. */
    @Transactional(readOnly = true)
    public Map<String, Long> overdueByStage() {
        Map<String, Long> found = new java.util.HashMap<>();
        kept.writeKept();
        jdbc.sql("select stage, sum(n) from open_task_tally where due_on < ? group by stage").param(clock.today())
                .query((rs, n) -> found.put(rs.getString(1), rs.getLong(2))).list();
        return found;
    }

    /** Stage by due state and the bureau tree, both from one count of the scope's open tasks. */
    public record Summary(Map<String, Counts> byStage, Counts total, List<BureauLine> byBureau) {
    }

    /** One grouped query over the tally (by bureau and stage), folded two ways in memory. */
    @Transactional(readOnly = true)
    public Summary summary(Collection<String> scope, List<String> stageOrder) {
        Map<String, Map<String, Counts>> counts = new LinkedHashMap<>();
        if (!scope.isEmpty()) {
            kept.writeKept();
            jdbc.sql("select bureau_code, stage, " + COUNTS + " from open_task_tally where bureau_code in (:scope)"
                            + " group by bureau_code, stage")
                    .params(params(scope))
                    .query((rs, n) -> counts.computeIfAbsent(rs.getString(1), b -> new LinkedHashMap<>())
                            .put(rs.getString(2), counts(rs, 3)))
                    .list();
        }
        Map<String, Counts> byStage = new LinkedHashMap<>();
        stageOrder.forEach(stage -> byStage.put(stage, Counts.ZERO));
        Map<String, Counts> byBureau = new LinkedHashMap<>();
        counts.forEach((bureau, stages) -> stages.forEach((stage, c) -> {
            byStage.merge(stage, c, Counts::plus);
            byBureau.merge(bureau, c, Counts::plus);
        }));
        return new Summary(byStage, total(byStage), tree(scope, byBureau));
    }

    /** Stage (in loop order) to counts. */
    public Map<String, Counts> byStage(Collection<String> scope, List<String> stageOrder) {
        return summary(scope, stageOrder).byStage();
    }

    public Counts total(Map<String, Counts> byStage) {
        return byStage.values().stream().reduce(Counts.ZERO, Counts::plus);
    }

    /** The bureau tree within scope, parents first, each with its own counts and its subtree's. */
    public List<BureauLine> byBureau(Collection<String> scope) {
        return summary(scope, List.of()).byBureau();
    }

    private List<BureauLine> tree(Collection<String> scope, Map<String, Counts> own) {
        List<Bureaus.Bureau> tree = bureaus.all().stream().filter(b -> scope.contains(b.code())).toList();
        List<BureauLine> lines = new ArrayList<>();
        int rootDepth = tree.stream().mapToInt(b -> depthOf(b.path())).min().orElse(0);
        for (Bureaus.Bureau b : tree) {
            Counts subtree = tree.stream().filter(d -> d.path().startsWith(b.path()))
                    .map(d -> own.getOrDefault(d.code(), Counts.ZERO)).reduce(Counts.ZERO, Counts::plus);
            lines.add(new BureauLine(b.code(), b.name(), depthOf(b.path()) - rootDepth,
                    own.getOrDefault(b.code(), Counts.ZERO), subtree));
        }
        return lines;
    }

    /** Everyone holding tasks in scope, most overdue first, then the unclaimed tasks. */
    @Transactional(readOnly = true)
    public List<Workload> workload(Collection<String> scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        kept.writeKept();
        List<Workload> counted = jdbc.sql("select t.assignee, " + COUNTS + """
                 from open_task_tally t where t.bureau_code in (:scope) group by t.assignee""")
                .params(params(scope))
                .query((rs, n) -> new Workload(rs.getString(1), null, counts(rs, 2)))
                .list();
        Map<String, String> names = accounts.displayNames(counted.stream().map(Workload::username)
                .filter(java.util.Objects::nonNull).toList());
        return counted.stream()
                .map(w -> new Workload(w.username(), w.username() == null ? null : names.get(w.username()), w.counts()))
                // a person whose last task was just completed, before the tally is folded
                .filter(w -> w.counts().total() > 0)
                .sorted(java.util.Comparator.comparing((Workload w) -> w.username() == null)
                        .thenComparing(w -> -w.counts().overdue())
                        .thenComparing(w -> -w.counts().total())
                        .thenComparing(w -> w.username() == null ? "" : w.username()))
                .toList();
    }

    private Map<String, Object> params(Collection<String> scope) {
        LocalDate today = clock.today();
        return Map.of("scope", scope, "today", today, "soon", DueState.soonUntil(today, calendar));
    }

    private static Counts counts(java.sql.ResultSet rs, int from) throws java.sql.SQLException {
        return new Counts(rs.getLong(from), rs.getLong(from + 1), rs.getLong(from + 2), rs.getLong(from + 3));
    }

    private static int depthOf(String path) {
        return (int) path.chars().filter(ch -> ch == '/').count();
    }
}
