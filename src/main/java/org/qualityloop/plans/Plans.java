package org.qualityloop.plans;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans, set up by a supervisor of the organising bureau (or the system administrator), with the batches
 * sampled per category and bureau. Everyone in a bureau under the organiser reads the plan.
 */
@Repository
public class Plans {

    /** Batches sampled of a category in a bureau. */
    public record Quota(String category, String bureauCode, int batches) {
    }

    private final JdbcClient jdbc;
    private final Bureaus bureaus;
    private final BusinessClock clock;

    Plans(JdbcClient jdbc, Bureaus bureaus, BusinessClock clock) {
        this.jdbc = jdbc;
        this.bureaus = bureaus;
        this.clock = clock;
    }

    public Optional<Plan> find(String code) {
        return jdbc.sql("select code, name, plan_year, organizing_bureau from spot_check_plan where code = ?").param(code)
                .query((rs, n) -> new Plan(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4))).optional();
    }

    /** A plan by its name, as a result may name it. */
    public Optional<Plan> byName(String name) {
        return jdbc.sql("select code, name, plan_year, organizing_bureau from spot_check_plan where name = ?").param(name)
                .query((rs, n) -> new Plan(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4))).optional();
    }

    /** The plans a user of these bureaus takes part in: organised by one of them or by a bureau above them. */
    public List<Plan> visibleTo(Actor actor) {
        return jdbc.sql("select code, name, plan_year, organizing_bureau from spot_check_plan order by plan_year desc, code")
                .query((rs, n) -> new Plan(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4))).list()
                .stream().filter(p -> takesPart(actor, p)).toList();
    }

    public boolean takesPart(Actor actor, Plan plan) {
        if (actor.is(Role.ADMIN)) {
            return true;
        }
        if (!(actor.is(Role.HANDLER) || actor.is(Role.SUPERVISOR))) {
            return false;
        }
        List<String> below = bureaus.subtree(plan.organizingBureau());
        return actor.bureaus().stream().anyMatch(below::contains);
    }

    @Transactional
    public Plan create(Actor by, String code, String name, Integer year, String organizingBureau, String quotas) {
        FieldErrors errors = new FieldErrors();
        if (!(by.is(Role.SUPERVISOR) && by.bureaus().contains(organizingBureau) || by.is(Role.ADMIN))) {
            errors.reject("organizingBureau", "plans.error.notOrganizer");
        }
        if (code == null || !code.strip().matches("[A-Za-z0-9\\-]{2,40}")) {
            errors.reject("code", "plans.error.code");
        } else if (find(code.strip()).isPresent()) {
            errors.reject("code", "plans.error.taken", code.strip());
        }
        if (name == null || name.isBlank()) {
            errors.reject("name", "validation.required");
        } else if (jdbc.sql("select count(*) from spot_check_plan where name = ?").param(name.strip())
                .query(Integer.class).single() > 0) {
            errors.reject("name", "plans.error.nameTaken");
        }
        if (year == null || year < 2000 || year > 2100) {
            errors.reject("year", "plans.error.year");
        }
        List<Quota> parsed = quotas(quotas, errors);
        errors.throwIfAny();
        jdbc.sql("""
                insert into spot_check_plan (code, name, plan_year, organizing_bureau, created_by, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(code.strip(), name.strip(), year, organizingBureau, by.username(), Timestamp.from(clock.now()))
                .update();
        for (Quota q : parsed) {
            jdbc.sql("insert into plan_quota (plan_code, category, bureau_code, batches) values (?, ?, ?, ?)")
                    .params(code.strip(), q.category(), q.bureauCode(), q.batches()).update();
        }
        return find(code.strip()).orElseThrow();
    }

    /** Batches sampled in a plan year of a category in a bureau, over all plans of that year. */
    public record YearBatches(int year, String category, String bureauCode, long batches) {
    }

    /** The denominators of nonconforming rates: batches sampled per year, category and bureau, summed over plans. */
    public List<YearBatches> batches(int fromYear, int toYear) {
        return jdbc.sql("""
                select p.plan_year, q.category, q.bureau_code, sum(q.batches) from plan_quota q
                join spot_check_plan p on p.code = q.plan_code where p.plan_year between ? and ?
                group by p.plan_year, q.category, q.bureau_code""")
                .params(fromYear, toYear)
                .query((rs, n) -> new YearBatches(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    public List<Quota> quotas(String planCode) {
        return jdbc.sql("select category, bureau_code, batches from plan_quota where plan_code = ? order by bureau_code, category")
                .param(planCode).query((rs, n) -> new Quota(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
    }

    /** Lines of {@code 类别,承办单位代码,批次}; each bad line is named by its number. */
    private List<Quota> quotas(String text, FieldErrors errors) {
        List<Quota> found = new java.util.ArrayList<>();
        if (text == null) {
            return found;
        }
        String[] lines = text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s*[,，\\t]\\s*");
            if (parts.length != 3 || !bureaus.exists(parts[1]) || !parts[2].matches("\\d{1,6}")) {
                errors.reject("quotas", "plans.error.quotaLine", i + 1);
                continue;
            }
            found.add(new Quota(parts[0], parts[1], Integer.parseInt(parts[2])));
        }
        return found;
    }
}
