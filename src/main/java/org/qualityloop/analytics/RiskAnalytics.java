package org.qualityloop.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.CaseSearch;
import org.qualityloop.casefile.CaseStatistics;
import org.qualityloop.casefile.Hazard;
import org.qualityloop.grading.Grade;
import org.qualityloop.grading.RiskGrades;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Role;
import org.qualityloop.plans.Plans;
import org.qualityloop.process.Bpmn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Works out the figures for a supervisor's subtree (or, for the system administrator, everything): each a grouped
 * count in the database with the conditions of the case list it links to, so no figure is a number its list
 * contradicts, and none reads more than the groups it shows.
 */
@Service
public class RiskAnalytics {

    static final int TOP_ITEMS = 10;
    static final int TOP_ENTERPRISES = 20;
    static final int TOP_CATEGORIES = 10;

    private final CaseStatistics statistics;
    private final CaseFiles cases;
    private final Plans plans;
    private final RiskGrades grades;
    private final BusinessClock clock;

    RiskAnalytics(CaseStatistics statistics, CaseFiles cases, Plans plans, RiskGrades grades, BusinessClock clock) {
        this.statistics = statistics;
        this.cases = cases;
        this.plans = plans;
        this.grades = grades;
        this.clock = clock;
    }

    /** The analysis of the years {@code fromYear}–{@code toYear}, optionally of one bureau in the viewer's scope. */
    public Analysis analyse(Actor actor, int fromYear, int toYear, String bureau) {
        CaseSearch all = scope(actor, fromYear, toYear, bureau);
        CaseSearch upheld = all.with(facet(null, null, null, "UPHELD"));
        Predicate<String> inScope = inScope(actor, all.bureau());

        List<CaseStatistics.YearCategoryBureau> counts = statistics.byYearCategoryBureau(upheld);
        List<Plans.YearBatches> batches = plans.batches(fromYear, toYear).stream()
                .filter(b -> inScope.test(b.bureauCode())).toList();

        List<Rate> byCategory = rates(counts, batches, toYear, CaseStatistics.YearCategoryBureau::category,
                Plans.YearBatches::category);
        List<Rate> byBureau = rates(counts, batches, toYear, CaseStatistics.YearCategoryBureau::bureauCode,
                Plans.YearBatches::bureauCode);
        List<Rate> byYear = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            int y = year;
            byYear.add(new Rate(String.valueOf(year),
                    counts.stream().filter(c -> c.year() == y).mapToLong(CaseStatistics.YearCategoryBureau::cases).sum(),
                    batches.stream().filter(b -> b.year() == y).mapToLong(Plans.YearBatches::batches).sum()));
        }
        List<Analysis.CategoryTrend> trends = trends(counts, batches, fromYear, toYear);

        List<CaseStatistics.EnterpriseCount> repeaters = statistics.repeatEnterprises(upheld, 2, TOP_ENTERPRISES);
        Map<String, RiskGrades.OnRecord> repeatGrades = grades.onRecord(
                repeaters.stream().map(CaseStatistics.EnterpriseCount::uscc).toList());
        List<EnterpriseTarget> repeat = repeaters.stream()
                .map(e -> new EnterpriseTarget(e.uscc(), e.name(), e.cases(), repeatGrades.get(e.uscc()))).toList();
        List<Ending> endings = endings(all);
        List<CaseStatistics.StepCount> steps = statistics.steps(all, clock.today()).stream()
                .sorted(Comparator.comparingLong(CaseStatistics.StepCount::missed).reversed()
                        .thenComparing(CaseStatistics.StepCount::step))
                .toList();
        return new Analysis(fromYear, toYear, all.bureau(), byCategory, byBureau, byYear, trends,
                statistics.failedItems(upheld, TOP_ITEMS), repeat, endings, steps,
                categoryTargets(upheld, toYear, counts, batches, byCategory, trends),
                enterpriseTargets(upheld));
    }

    /** The case list a figure stands for: the viewer's scope, the period, one bureau if chosen. */
    public CaseSearch scope(Actor actor, int fromYear, int toYear, String bureau) {
        if (!(actor.is(Role.SUPERVISOR) || actor.is(Role.ADMIN))) {
            throw new AccessDeniedException("Analytics are for supervisors and the system administrator");
        }
        return CaseSearch.of(actor, null, null).narrowed(null, bureau, LocalDate.of(fromYear, 1, 1),
                LocalDate.of(toYear, 12, 31));
    }

    /** A narrowing as the links of the figures give it; {@code outcome} OVERTURNED or UPHELD. */
    public CaseSearch.Facet facet(String category, String taskDone, String taskNotDone, String outcome) {
        return new CaseSearch.Facet(category, null, taskDone, taskNotDone, null, outcome, clock.today());
    }

    private Predicate<String> inScope(Actor actor, String bureau) {
        if (bureau != null) {
            return code -> code.equals(bureau) && (actor.is(Role.ADMIN) || actor.bureaus().contains(code));
        }
        return code -> actor.is(Role.ADMIN) || actor.bureaus().contains(code);
    }

    /** Rates of one year grouped by category or bureau, the highest first, groups without a denominator last. */
    private static List<Rate> rates(List<CaseStatistics.YearCategoryBureau> counts, List<Plans.YearBatches> batches,
                                    int year, Function<CaseStatistics.YearCategoryBureau, String> countKey,
                                    Function<Plans.YearBatches, String> batchKey) {
        Map<String, long[]> groups = new LinkedHashMap<>();
        counts.stream().filter(c -> c.year() == year)
                .forEach(c -> groups.computeIfAbsent(countKey.apply(c), k -> new long[2])[0] += c.cases());
        batches.stream().filter(b -> b.year() == year)
                .forEach(b -> groups.computeIfAbsent(batchKey.apply(b), k -> new long[2])[1] += b.batches());
        return groups.entrySet().stream().map(e -> new Rate(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(BY_RATE).toList();
    }

    static final Comparator<Rate> BY_RATE = Comparator
            .comparing((Rate r) -> r.rate() == null ? -1 : r.rate()).reversed()
            .thenComparing(Comparator.comparingLong(Rate::cases).reversed()).thenComparing(Rate::key);

    private static List<Analysis.CategoryTrend> trends(List<CaseStatistics.YearCategoryBureau> counts,
                                                       List<Plans.YearBatches> batches, int fromYear, int toYear) {
        Set<String> categories = new TreeSet<>();
        counts.forEach(c -> categories.add(c.category()));
        batches.forEach(b -> categories.add(b.category()));
        List<Analysis.CategoryTrend> trends = new ArrayList<>();
        for (String category : categories) {
            List<Rate> years = new ArrayList<>();
            for (int year = fromYear; year <= toYear; year++) {
                int y = year;
                years.add(new Rate(String.valueOf(year),
                        counts.stream().filter(c -> c.year() == y && c.category().equals(category))
                                .mapToLong(CaseStatistics.YearCategoryBureau::cases).sum(),
                        batches.stream().filter(b -> b.year() == y && b.category().equals(category))
                                .mapToLong(Plans.YearBatches::batches).sum()));
            }
            trends.add(new Analysis.CategoryTrend(category, years));
        }
        return trends;
    }

    /** How the cases of the period ended or went, each a list of its own. */
    private List<Ending> endings(CaseSearch all) {
        List<Ending> endings = new ArrayList<>();
        for (var e : List.of(
                Map.entry("OVERTURNED", facet(null, null, null, "OVERTURNED")),
                // first re-inspection recorded and no announcement since: passed the first time
                Map.entry("RECTIFIED_FIRST_TIME", facet(null, Bpmn.Task.RECORD_FIRST_REINSPECTION,
                        Bpmn.Task.RECORD_ANNOUNCEMENT, null)),
                Map.entry("ANNOUNCEMENT", facet(null, Bpmn.Task.RECORD_ANNOUNCEMENT, null, null)),
                Map.entry("SUSPENSION", facet(null, Bpmn.Task.ORDER_SUSPENSION, null, null)),
                Map.entry("PENALTY", facet(null, Bpmn.Task.DECIDE_PENALTY, null, null)),
                Map.entry("TRANSFER", facet(null, Bpmn.Task.PREPARE_TRANSFER, null, null)))) {
            endings.add(new Ending(e.getKey(), cases.count(all.with(e.getValue())), e.getValue()));
        }
        return endings;
    }

    /**
     * 四瞄准 for the products: each category earns points for its rate in the last year (in percent), for a rise
     * against the year before (percentage points), two for each result with a safety item, three for each enterprise
     * that failed in it twice or more; the highest are proposed, each with the reasons behind its points.
     */
    private List<CategoryTarget> categoryTargets(CaseSearch upheld, int toYear,
                                                 List<CaseStatistics.YearCategoryBureau> counts,
                                                 List<Plans.YearBatches> batches, List<Rate> byCategory,
                                                 List<Analysis.CategoryTrend> trends) {
        CaseSearch lastYear = upheld.narrowed(null, upheld.bureau(), LocalDate.of(toYear, 1, 1),
                LocalDate.of(toYear, 12, 31));
        Map<String, Long> safety = statistics.byCategoryWithHazard(lastYear, Hazard.SAFETY);
        List<CategoryTarget> targets = new ArrayList<>();
        for (Rate latest : byCategory) {
            if (latest.cases() == 0) {
                continue;
            }
            String category = latest.key();
            Double change = trends.stream().filter(t -> t.category().equals(category)).findFirst()
                    .map(t -> change(t.years())).orElse(null);
            long safetyCases = safety.getOrDefault(category, 0L);
            long repeaters = statistics.repeatEnterprises(upheld.with(facet(category, null, null, "UPHELD")), 2,
                    Integer.MAX_VALUE).size();
            List<CategoryTarget.Reason> reasons = new ArrayList<>();
            double points = 0;
            if (latest.percent() != null) {
                points += latest.percent();
                reasons.add(new CategoryTarget.Reason("rate", List.of(latest.percent(), latest.cases(), latest.batches())));
            } else {
                reasons.add(new CategoryTarget.Reason("unplanned", List.of(latest.cases())));
            }
            if (change != null && change > 0) {
                points += change;
                reasons.add(new CategoryTarget.Reason("rising", List.of(change)));
            }
            if (safetyCases > 0) {
                points += 2.0 * safetyCases;
                reasons.add(new CategoryTarget.Reason("safety", List.of(safetyCases)));
            }
            if (repeaters > 0) {
                points += 3.0 * repeaters;
                reasons.add(new CategoryTarget.Reason("repeat", List.of(repeaters)));
            }
            targets.add(new CategoryTarget(category, Math.round(points * 10) / 10.0, latest, change, safetyCases,
                    repeaters, reasons, proposed(category, toYear, counts, batches)));
        }
        return targets.stream().sorted(Comparator.comparingDouble(CategoryTarget::points).reversed()
                .thenComparing(CategoryTarget::category)).limit(TOP_CATEGORIES).toList();
    }

    /** The change of rate from the year before the last to the last, in percentage points, when both have one. */
    private static Double change(List<Rate> years) {
        if (years.size() < 2) {
            return null;
        }
        Double last = years.get(years.size() - 1).percent();
        Double before = years.get(years.size() - 2).percent();
        return last == null || before == null ? null : Math.round((last - before) * 10) / 10.0;
    }

    /** Per bureau: last year's batches of the category plus one for each nonconforming result it found. */
    private static List<CategoryTarget.Batches> proposed(String category, int year,
                                                         List<CaseStatistics.YearCategoryBureau> counts,
                                                         List<Plans.YearBatches> batches) {
        Map<String, long[]> byBureau = new java.util.TreeMap<>();
        batches.stream().filter(b -> b.year() == year && b.category().equals(category))
                .forEach(b -> byBureau.computeIfAbsent(b.bureauCode(), k -> new long[2])[0] += b.batches());
        counts.stream().filter(c -> c.year() == year && c.category().equals(category))
                .forEach(c -> byBureau.computeIfAbsent(c.bureauCode(), k -> new long[2])[1] += c.cases());
        return byBureau.entrySet().stream().map(e -> new CategoryTarget.Batches(e.getKey(), e.getValue()[0],
                e.getValue()[0] + e.getValue()[1])).toList();
    }

    /** 四瞄准 for the enterprises: those graded C or D with results in scope, the worst grade first. */
    private List<EnterpriseTarget> enterpriseTargets(CaseSearch upheld) {
        List<CaseStatistics.EnterpriseCount> withResults = statistics.repeatEnterprises(upheld, 1, 500);
        Map<String, RiskGrades.OnRecord> onRecord = grades.onRecord(
                withResults.stream().map(CaseStatistics.EnterpriseCount::uscc).toList());
        Collection<Grade> risky = Set.of(Grade.C, Grade.D);
        return withResults.stream()
                .filter(e -> onRecord.containsKey(e.uscc()) && risky.contains(onRecord.get(e.uscc()).grade()))
                .sorted(Comparator.comparing((CaseStatistics.EnterpriseCount e) -> onRecord.get(e.uscc()).grade())
                        .reversed().thenComparing(Comparator.comparingLong(CaseStatistics.EnterpriseCount::cases)
                                .reversed()))
                .limit(TOP_ENTERPRISES)
                .map(e -> new EnterpriseTarget(e.uscc(), e.name(), e.cases(), onRecord.get(e.uscc())))
                .toList();
    }
}
