package org.qualityloop.calendar;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.qualityloop.forms.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The years whose State Council notice is loaded: loading one (once; a notice is not edited after the fact), and
 * the claim on recounting the deadlines that reached into it, which one node at a time carries out.
 */
@Service
public class HolidayYears {

    private final JdbcClient jdbc;
    private final HolidayCalendar calendar;
    private final BusinessClock clock;

    HolidayYears(JdbcClient jdbc, HolidayCalendar calendar, BusinessClock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A loaded year as the administration page lists it. */
    public record LoadedYear(int year, String source, Instant loadedAt, String loadedBy, int holidays, int workdays,
                             boolean recounted) {
    }

    public List<LoadedYear> loaded() {
        return jdbc.sql("""
                select y.calendar_year, y.source, y.loaded_at, y.loaded_by,
                  (select count(*) from holiday h where h.kind = 'HOLIDAY' and extract(year from h.holiday_date) = y.calendar_year),
                  (select count(*) from holiday h where h.kind = 'WORKDAY' and extract(year from h.holiday_date) = y.calendar_year),
                  y.recount_done_at
                from calendar_year y order by y.calendar_year""")
                .query((rs, n) -> new LoadedYear(rs.getInt(1), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getTimestamp(7) != null))
                .list();
    }

    public boolean isLoaded(int year) {
        return jdbc.sql("select count(*) from calendar_year where calendar_year = ?").param(year)
                .query(Integer.class).single() > 0;
    }

    public List<HolidayYear.Entry> entries(int year) {
        return jdbc.sql("""
                select holiday_date, kind, name from holiday
                where holiday_date >= ? and holiday_date < ? order by holiday_date""")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new HolidayYear.Entry(rs.getObject(1, LocalDate.class),
                        HolidayYear.Kind.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /**
     * Stores the notice; the year's deadlines are then recounted ({@link #claimRecount}). A year already loaded
     * is refused on {@code year}. This node counts with it as soon as the transaction commits; the others within
     * their refresh interval.
     */
    @Transactional
    public void load(HolidayYear year, String by) {
        if (isLoaded(year.year())) {
            new FieldErrors().reject("year", "holidays.error.loaded", String.valueOf(year.year())).throwIfAny();
        }
        // claimed for recount by this node at once: it recounts right after the commit
        Timestamp now = Timestamp.from(clock.now());
        jdbc.sql("""
                insert into calendar_year (calendar_year, source, loaded_at, loaded_by, recount_claimed_at)
                values (?, ?, ?, ?, ?)""")
                .params(year.year(), year.source(), now, by, now).update();
        for (HolidayYear.Entry e : year.entries()) {
            jdbc.sql("insert into holiday (holiday_date, kind, name) values (?, ?, ?)")
                    .params(e.date(), e.kind().name(), e.name()).update();
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                calendar.refreshIfChanged();
            }
        });
    }

    /**
     * Claims the recount of a loaded year not yet recounted, unless another node holds a claim younger than
     * {@code lease}; the year, when this node got it.
     */
    @Transactional
    public Optional<Integer> claimRecount(Duration lease) {
        Instant now = clock.now();
        for (Integer year : jdbc.sql("select calendar_year from calendar_year where recount_done_at is null order by calendar_year")
                .query(Integer.class).list()) {
            int claimed = jdbc.sql("""
                    update calendar_year set recount_claimed_at = ?
                    where calendar_year = ? and recount_done_at is null
                      and (recount_claimed_at is null or recount_claimed_at < ?)""")
                    .params(Timestamp.from(now), year, Timestamp.from(now.minus(lease))).update();
            if (claimed == 1) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    /** Keeps a claim alive between batches of a long recount. */
    public void renewClaim(int year) {
        jdbc.sql("update calendar_year set recount_claimed_at = ? where calendar_year = ?")
                .params(Timestamp.from(clock.now()), year).update();
    }

    public void recountDone(int year) {
        jdbc.sql("update calendar_year set recount_done_at = ? where calendar_year = ?")
                .params(Timestamp.from(clock.now()), year).update();
    }
}
