package org.qualityloop.calendar;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deadline rules table, cached per node (a change takes effect on restart); an unknown step is a
 * modelling error and fails loudly.
 */
@Component
public class DeadlineRules {

    private final JdbcClient jdbc;
    private volatile Map<Step, DeadlineRule> rules;

    DeadlineRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DeadlineRule get(Step step) {
        DeadlineRule rule = all().get(step);
        if (rule == null) {
            throw new IllegalArgumentException("No deadline rule for step " + step);
        }
        return rule;
    }

    private Map<Step, DeadlineRule> all() {
        Map<Step, DeadlineRule> current = rules;
        if (current == null) {
            current = jdbc.sql("select step, amount, unit, counts_from, basis, basis_verified from deadline_rule")
                    .query((rs, n) -> new DeadlineRule(Step.valueOf(rs.getString(1)), rs.getInt(2),
                            PeriodUnit.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                    .list().stream().collect(Collectors.toUnmodifiableMap(DeadlineRule::step, Function.identity()));
            rules = current;
        }
        return current;
    }
}
