package org.qualityloop.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseSearch;
import org.qualityloop.casefile.CaseStatistics;
import org.qualityloop.casefile.Enterprises;
import org.qualityloop.casefile.Stage;
import org.qualityloop.grading.Grade;
import org.qualityloop.grading.RiskGrades;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Role;
import org.qualityloop.plans.Plans;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Works out the figures for a supervisor's subtree (or, for the system administrator, everything) from the tally
 * kept as cases change ({@link AnalyticsTally}, the enterprises' results too), so a province's page reads a few
 * thousand rows, not a million cases; what depends on the day (deadlines still running) is counted with the
 * conditions of the case list the figure links to. No figure contradicts its list.
 */
@Service
public class RiskAnalytics {

    static final int TOP_ITEMS = 10;
    static final int TOP_ENTERPRISES = 20;
    static final int TOP_CATEGORIES = 10;
    /** Graded enterprises looked at a time for the targets. */
    static final int TARGET_PAGE = 500;

    private final AnalyticsTally tally;
    private final CaseStatistics statistics;
    private final Enterprises enterprises;
    private final Plans plans;
    private final RiskGrades grades;
    private final BusinessClock clock;

    RiskAnalytics(AnalyticsTally tally, CaseStatistics statistics, Enterprises enterprises, Plans plans,
                  RiskGrades grades, BusinessClock clock) {
        this.tally = tally;
        this.statistics = statistics;
        this.enterprises = enterprises;
        this.plans = plans;
        this.grades = grades;
        this.clock = clock;
    }

    /** The analysis of the years {@code fromYear}–{@code toYear}, optionally of one bureau in the viewer's scope. */
    public Analysis analyse(Actor actor, int fromYear, int toYear, String bureau) {
        CaseSearch all = scope(actor, fromYear, toYear, bureau);
        Predicate<String> inScope = inScope(actor, all.bureau());

        List<AnalyticsTally.Cell> cells = tally.cells(all);
        List<YearCategoryBureau> counts = cells.stream()
                .filter(c -> c.measure() == Measure.RESULT && c.detail().equals("UPHELD"))
                .map(c -> new YearCategoryBureau(c.year(), c.category(), c.bureauCode(), c.cases())).toList();
        List<Plans.YearBatches> batches = plans.batches(fromYear, toYear).stream()
                .filter(b -> inScope.test(b.bureauCode())).toList();

        List<Rate> byCategory = rates(counts, batches, toYear, YearCategoryBureau::category,
                Plans.YearBatches::category);
        List<Rate> byBureau = rates(counts, batches, toYear, YearCategoryBureau::bureauCode,
                Plans.YearBatches::bureauCode);
        List<Rate> byYear = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            int y = year;
            byYear.add(new Rate(String.valueOf(year),
                    counts.stream().filter(c -> c.year() == y).mapToLong(YearCategoryBureau::cases).sum(),
                    batches.stream().filter(b -> b.year() == y).mapToLong(Plans.YearBatches::batches).sum()));
        }
        List<Analysis.CategoryTrend> trends = trends(counts, batches, fromYear, toYear);

        // enterprises that failed again (a standing result within three years of another), the latest first, with
        // their standing results in scope; found and counted from the tally
        List<String> repeatUsccs = tally.repeatEnterprises(all, TOP_ENTERPRISES);
        Map<String, RiskGrades.OnRecord> repeatGrades = grades.onRecord(repeatUsccs);
        NamedResults results = new NamedResults(all);
        Map<String, EnterpriseCount> repeatCounts = results.of(repeatUsccs);
        List<EnterpriseTarget> repeat = repeatUsccs.stream().filter(repeatCounts::containsKey)
                .map(repeatCounts::get)
                .map(e -> new EnterpriseTarget(e.uscc(), e.name(), e.cases(), repeatGrades.get(e.uscc()))).toList();
        return new Analysis(fromYear, toYear, all.bureau(), byCategory, byBureau, byYear, trends, items(cells),
                repeat, endings(cells), stages(cells), steps(all, cells),
                categoryTargets(toYear, cells, counts, batches, byCategory, trends), enterpriseTargets(results));
    }

    /**
     * The standing results in scope of the enterprises an analysis names, from the tally (so one with a hundred
     * thousand results costs what any other does), each enterprise asked for once, with the registry's name.
     */
    private final class NamedResults {

        private final CaseSearch scope;
        private final Map<String, EnterpriseCount> counted = new HashMap<>();
        private final Set<String> asked = new java.util.HashSet<>();

        NamedResults(CaseSearch scope) {
            this.scope = scope;
        }

        /** Those of these enterprises with any standing result, by credit code. */
        Map<String, EnterpriseCount> of(List<String> usccs) {
            List<String> fresh = usccs.stream().filter(asked::add).toList();
            List<AnalyticsTally.EnterpriseResults> found = tally.resultsOf(scope, fresh);
            Map<String, String> names = enterprises.namesOf(found.stream().map(AnalyticsTally.EnterpriseResults::uscc)
                    .toList());
            found.forEach(e -> counted.put(e.uscc(), new EnterpriseCount(e.uscc(), names.get(e.uscc()), e.cases())));
            Map<String, EnterpriseCount> results = new HashMap<>();
            usccs.stream().filter(counted::containsKey).forEach(u -> results.put(u, counted.get(u)));
            return results;
        }
    }

    private record EnterpriseCount(String uscc, String name, long cases) {
    }

    /** Standing results by year of registration, product category and bureau. */
    private record YearCategoryBureau(int year, String category, String bureauCode, long cases) {
    }

    private static Map<String, long[]> sums(List<AnalyticsTally.Cell> cells, Measure measure,
                                            Predicate<AnalyticsTally.Cell> which) {
        Map<String, long[]> sums = new TreeMap<>();
        cells.stream().filter(c -> c.measure() == measure && which.test(c)).forEach(c -> {
            long[] s = sums.computeIfAbsent(c.detail(), k -> new long[2]);
            s[0] += c.cases();
            s[1] += Math.round(c.days() * 100);
        });
        return sums;
    }

    private static List<Analysis.ItemCount> items(List<AnalyticsTally.Cell> cells) {
        return sums(cells, Measure.ITEM, c -> true).entrySet().stream()
                .map(e -> new Analysis.ItemCount(e.getKey(), e.getValue()[0]))
                .sorted(Comparator.comparingLong(Analysis.ItemCount::cases).reversed()
                        .thenComparing(Analysis.ItemCount::item))
                .limit(TOP_ITEMS).toList();
    }

    private static double mean(long[] sum) {
        return sum[0] == 0 ? 0 : Math.round(sum[1] / (double) sum[0]) / 100.0;
    }

    /** Each stage of the loop cases finished in the period, in the loop's order. */
    private static List<Analysis.StageTime> stages(List<AnalyticsTally.Cell> cells) {
        Map<String, long[]> sums = sums(cells, Measure.STAGE, c -> true);
        List<Analysis.StageTime> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            long[] s = sums.get(stage.name());
            if (s != null) {
                stages.add(new Analysis.StageTime(stage.name(), s[0], mean(s)));
            }
        }
        return stages;
    }

    /** Each statutory step: met (and late) from the tally, still running (and past the day) counted today. */
    private List<Analysis.StepCount> steps(CaseSearch all, List<AnalyticsTally.Cell> cells) {
        Map<String, long[]> met = sums(cells, Measure.STEP_MET, c -> true);
        Map<String, long[]> late = sums(cells, Measure.STEP_LATE, c -> true);
        Map<String, CaseStatistics.OpenStep> open = new HashMap<>();
        statistics.openSteps(all, clock.today()).forEach(o -> open.put(o.step(), o));
        Set<String> steps = new TreeSet<>(met.keySet());
        steps.addAll(open.keySet());
        List<Analysis.StepCount> counts = new ArrayList<>();
        for (String step : steps) {
            long[] m = met.getOrDefault(step, new long[2]);
            CaseStatistics.OpenStep o = open.getOrDefault(step, new CaseStatistics.OpenStep(step, 0, 0));
            counts.add(new Analysis.StepCount(step, m[0] + o.open(), late.getOrDefault(step, new long[2])[0] + o.pastDue(),
                    m[0], mean(m)));
        }
        return counts.stream().sorted(Comparator.comparingLong(Analysis.StepCount::missed).reversed()
                .thenComparing(Analysis.StepCount::step)).toList();
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
        return new CaseSearch.Facet(category, null, taskDone, null, taskNotDone, null, outcome, clock.today());
    }

    private Predicate<String> inScope(Actor actor, String bureau) {
        if (bureau != null) {
            return code -> code.equals(bureau) && (actor.is(Role.ADMIN) || actor.bureaus().contains(code));
        }
        return code -> actor.is(Role.ADMIN) || actor.bureaus().contains(code);
    }

    /** Rates of one year grouped by category or bureau, the highest first, groups without a denominator last. */
    private static List<Rate> rates(List<YearCategoryBureau> counts, List<Plans.YearBatches> batches,
                                    int year, Function<YearCategoryBureau, String> countKey,
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

    private static List<Analysis.CategoryTrend> trends(List<YearCategoryBureau> counts,
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
                                .mapToLong(YearCategoryBureau::cases).sum(),
                        batches.stream().filter(b -> b.year() == y && b.category().equals(category))
                                .mapToLong(Plans.YearBatches::batches).sum()));
            }
            trends.add(new Analysis.CategoryTrend(category, years));
        }
        return trends;
    }

    /** How the cases of the period ended or went, each with the case list that counts the same. */
    private List<Ending> endings(List<AnalyticsTally.Cell> cells) {
        Map<String, long[]> sums = sums(cells, Measure.ENDING, c -> true);
        List<Ending> endings = new ArrayList<>();
        for (EndingKind kind : EndingKind.values()) {
            CaseSearch.Facet facet = kind == EndingKind.OVERTURNED ? facet(null, null, null, "OVERTURNED")
                    : new CaseSearch.Facet(null, null, kind.task(), kind.state(), null, null, null, clock.today());
            endings.add(new Ending(kind.name(), sums.getOrDefault(kind.name(), new long[2])[0], facet));
        }
        return endings;
    }

    /**
     * 四瞄准 for the products: each category earns points for its rate in the last year (in percent), for a rise
     * against the year before (percentage points), two for each result of the last year with a safety item, three for
     * each result of the period from an enterprise that had failed in the three years before; the highest are
     * proposed, each with the reasons behind its points.
     */
    private List<CategoryTarget> categoryTargets(int toYear, List<AnalyticsTally.Cell> cells,
                                                 List<YearCategoryBureau> counts,
                                                 List<Plans.YearBatches> batches, List<Rate> byCategory,
                                                 List<Analysis.CategoryTrend> trends) {
        Map<String, Long> safety = new HashMap<>();
        Map<String, Long> repeats = new HashMap<>();
        cells.forEach(c -> {
            if (c.measure() == Measure.SAFETY && c.year() == toYear) {
                safety.merge(c.category(), c.cases(), Long::sum);
            } else if (c.measure() == Measure.REPEAT) {
                repeats.merge(c.category(), c.cases(), Long::sum);
            }
        });
        List<CategoryTarget> targets = new ArrayList<>();
        for (Rate latest : byCategory) {
            if (latest.cases() == 0) {
                continue;
            }
            String category = latest.key();
            Double change = trends.stream().filter(t -> t.category().equals(category)).findFirst()
                    .map(t -> change(t.years())).orElse(null);
            long safetyCases = safety.getOrDefault(category, 0L);
            long repeaters = repeats.getOrDefault(category, 0L);
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
                                                         List<YearCategoryBureau> counts,
                                                         List<Plans.YearBatches> batches) {
        Map<String, long[]> byBureau = new java.util.TreeMap<>();
        batches.stream().filter(b -> b.year() == year && b.category().equals(category))
                .forEach(b -> byBureau.computeIfAbsent(b.bureauCode(), k -> new long[2])[0] += b.batches());
        counts.stream().filter(c -> c.year() == year && c.category().equals(category))
                .forEach(c -> byBureau.computeIfAbsent(c.bureauCode(), k -> new long[2])[1] += c.cases());
        return byBureau.entrySet().stream().map(e -> new CategoryTarget.Batches(e.getKey(), e.getValue()[0],
                e.getValue()[0] + e.getValue()[1])).toList();
    }

    /**
     * 四瞄准 for the enterprises: those graded D, then C, on record with standing results in scope, the latest graded
     * first within a grade. Grades are walked a page at a time from the latest, so a province with tens of thousands
     * of risky enterprises costs a page or two, not all of them.
     */
    private List<EnterpriseTarget> enterpriseTargets(NamedResults counted) {
        List<EnterpriseTarget> targets = new ArrayList<>();
        for (Grade grade : List.of(Grade.D, Grade.C)) {
            long before = Long.MAX_VALUE;
            while (targets.size() < TOP_ENTERPRISES) {
                RiskGrades.GradePage graded = grades.latestWith(grade, before, TARGET_PAGE);
                List<RiskGrades.OnRecord> page = graded.current();
                before = graded.next();
                Map<String, EnterpriseCount> results = counted.of(
                        page.stream().map(RiskGrades.OnRecord::uscc).toList());
                for (RiskGrades.OnRecord g : page) {
                    EnterpriseCount e = results.get(g.uscc());
                    if (e != null && targets.size() < TOP_ENTERPRISES) {
                        targets.add(new EnterpriseTarget(e.uscc(), e.name(), e.cases(), g));
                    }
                }
                if (graded.last()) {
                    break;
                }
            }
        }
        return targets;
    }
}
