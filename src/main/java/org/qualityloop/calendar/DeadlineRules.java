package org.qualityloop.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qualityloop.forms.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The deadline rules table, cached per node; an unknown step is a modelling error and fails loudly. The system
 * administrator changes a rule ({@link #change}); every version is kept, the change applies to deadlines started
 * after it, and every node reads it within {@code qualityloop.calendar.refresh-interval}.
 */
@Component
public class DeadlineRules {

    private static final int AMOUNT_MAX = 365;

    /** One version of a rule: what it was from when, and who set it. */
    public record Version(DeadlineRule rule, String changedBy, Instant changedAt) {
    }

    private final JdbcClient jdbc;
    private final BusinessClock clock;
    private volatile Map<Step, DeadlineRule> rules;
    private volatile String signature;

    DeadlineRules(JdbcClient jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public DeadlineRule get(Step step) {
        DeadlineRule rule = all().get(step);
        if (rule == null) {
            throw new IllegalArgumentException("No deadline rule for step " + step);
        }
        return rule;
    }

    /** Every rule, in the order of the steps. */
    public List<DeadlineRule> list() {
        return all().values().stream().sorted(Comparator.comparing(DeadlineRule::step)).toList();
    }

    public List<Version> history(Step step) {
        return jdbc.sql("""
                select step, amount, unit, counts_from, basis, basis_verified, changed_by, changed_at
                from deadline_rule_history where step = ? order by changed_at, id""")
                .param(step.name())
                .query((rs, n) -> new Version(new DeadlineRule(Step.valueOf(rs.getString(1)), rs.getInt(2),
                        PeriodUnit.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getBoolean(6)),
                        rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    /**
     * Sets a rule anew; deadlines already running keep theirs. Problems on {@code amount}, {@code countsFrom} and
     * {@code basis}; the rule as it was before, for the record.
     */
    @Transactional
    public DeadlineRule change(String by, DeadlineRule rule) {
        FieldErrors errors = new FieldErrors();
        if (rule.amount() < 1 || rule.amount() > AMOUNT_MAX) {
            errors.reject("amount", "rules.error.amount", AMOUNT_MAX);
        }
        if (rule.unit() == null) {
            errors.reject("unit", "validation.required");
        }
        text(rule.countsFrom(), "countsFrom", 100, errors);
        text(rule.basis(), "basis", 300, errors);
        errors.throwIfAny();
        DeadlineRule before = get(rule.step());
        Timestamp now = Timestamp.from(clock.now());
        jdbc.sql("""
                update deadline_rule set amount = ?, unit = ?, counts_from = ?, basis = ?, basis_verified = ?
                where step = ?""")
                .params(rule.amount(), rule.unit().name(), rule.countsFrom().strip(), rule.basis().strip(),
                        rule.basisVerified(), rule.step().name()).update();
        jdbc.sql("""
                insert into deadline_rule_history (step, amount, unit, counts_from, basis, basis_verified, changed_by,
                  changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(rule.step().name(), rule.amount(), rule.unit().name(), rule.countsFrom().strip(),
                        rule.basis().strip(), rule.basisVerified(), by, now).update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                rules = null;
            }
        });
        return before;
    }

    /** Reads the rules again when one was changed on any node since this node last read them. */
    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${qualityloop.calendar.refresh-interval:PT30S}")
    public void refreshIfChanged() {
        if (rules != null && !signature().equals(signature)) {
            rules = null;
        }
    }

    private Map<Step, DeadlineRule> all() {
        Map<Step, DeadlineRule> current = rules;
        if (current == null) {
            signature = signature();
            current = jdbc.sql("select step, amount, unit, counts_from, basis, basis_verified from deadline_rule")
                    .query((rs, n) -> new DeadlineRule(Step.valueOf(rs.getString(1)), rs.getInt(2),
                            PeriodUnit.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                    .list().stream().collect(Collectors.toUnmodifiableMap(DeadlineRule::step, Function.identity()));
            rules = current;
        }
        return current;
    }

    private String signature() {
        return jdbc.sql("select count(*), max(changed_at) from deadline_rule_history")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getTimestamp(2)).single();
    }

    private static void text(String value, String field, int max, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.reject(field, "validation.required");
        } else if (value.strip().length() > max) {
            errors.reject(field, "validation.tooLong", max);
        }
    }
}
