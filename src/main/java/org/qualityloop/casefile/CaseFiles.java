package org.qualityloop.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.paging.Paged;
import org.qualityloop.transactions.Reads;
import org.qualityloop.transactions.Statements;
import org.qualityloop.transactions.TransactionScoped;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and stores the case aggregate with its failed items. */
@Repository
public class CaseFiles {

    private static final String SELECT = "select * from case_file ";
    /** The key of the cases the running transaction inserted or locked, as it last wrote them. */
    private static final Object HELD_HERE = new Object();
    /** A search's cases registered in one year: the index on the searched text answers both at once ({@code V55}). */
    private static final String NEWEST_YEAR = " and extract(year from registered_at) = :year";

    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher published;
    private final Bureaus bureaus;
    private final JdbcTemplate template;

    CaseFiles(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher published, Bureaus bureaus,
              JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
        this.published = published;
        this.bureaus = bureaus;
    }

    public Optional<CaseFile> findById(UUID id) {
        return held(id).or(() -> one(SELECT + "where id = ?", id));
    }

    /**
     * Reads the case and holds its row lock to the end of the transaction: one action on a case at a time. The last
     * hash of its events comes with it: whoever locks a case appends an event next, and would read it apart (one round
     * trip of about forty in a completion, docs/performance.md, fifteenth session).
     */
    public Optional<CaseFile> lock(UUID id) {
        return lock(id, new Reads());
    }

    /**
     * The same, with its failed items and the reads given sent along in the lock's round trip: on PostgreSQL they run
     * once the lock is held, and see what was committed while it was awaited (docs/performance.md, nineteenth
     * session). A case this transaction holds already is not read again; the reads given still are.
     */
    public Optional<CaseFile> lock(UUID id, Reads afterLock) {
        Optional<CaseFile> locked = held(id);
        ChainHeads heads = ChainHeads.ofTransaction();
        if (locked.isEmpty()) {
            String[] head = new String[1];
            Reads reads = new Reads();
            Supplier<List<CaseFile>> row = reads.add(LOCKED_WITH_HEAD, (rs, n) -> {
                head[0] = rs.getString("chain_head");
                return map(rs, n);
            }, id);
            Supplier<List<Map.Entry<UUID, FailedItem>>> items =
                    reads.add(ITEMS + "where case_id = ? order by item_order", CaseFiles::item, id);
            reads.add(afterLock).run(template);
            locked = row.get().stream().findFirst()
                    .map(c -> c.withItems(items.get().stream().map(Map.Entry::getValue).toList()));
            locked.ifPresent(c -> {
                hold(c);
                heads.locked(c.id(), head[0]);
            });
        } else {
            afterLock.run(template);
        }
        locked.ifPresent(c -> heads.locked(c.id()));
        return locked;
    }

    private static final String LOCKED_WITH_HEAD = "select c.*, " + ChainHeads.LAST_HASH
            + " as chain_head from case_file c where c.id = ? for update";

    public Optional<CaseFile> findByReportNo(String reportNo) {
        return one(SELECT + "where report_no = ?", reportNo);
    }

    /** The same, read with the reads given, in their round trip ({@link Reads}); found once they have run. */
    public Supplier<Optional<CaseFile>> findByReportNo(String reportNo, Reads along) {
        Supplier<List<CaseFile>> found = along.add(SELECT + "where report_no = ?", this::map, reportNo);
        return () -> found.get().stream().findFirst().map(c -> withItems(List.of(c)).get(0));
    }

    /** The cases registered under these report numbers, in one query, by report number. */
    public java.util.Map<String, CaseFile> findByReportNos(Collection<String> reportNos) {
        if (reportNos.isEmpty()) {
            return java.util.Map.of();
        }
        return withItems(jdbc.sql(SELECT + "where report_no in (:nos)").param("nos", java.util.Set.copyOf(reportNos))
                .query(this::map).list()).stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.intake().reportNo(), c -> c));
    }

    /** Case numbers by case id, in one query, for lists that show a case by its number. */
    public java.util.Map<UUID, String> caseNos(Collection<UUID> ids) {
        java.util.Map<UUID, String> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, case_no from case_file where id in (:ids)").param("ids", java.util.Set.copyOf(ids))
                    .query((rs, n) -> found.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        }
        return found;
    }

    /**
     * The cases the running transaction inserted or locked, by id, as it last wrote them; null outside a transaction.
     * No one else changes such a row before the transaction ends (no one else sees an inserted row, and a locked one
     * waits for us), so reading it again would only return what is held: a registration and a completion each read
     * their case once, however many steps of the process ask for it.
     */
    private static Map<UUID, CaseFile> heldHere() {
        return TransactionScoped.get(HELD_HERE, java.util.HashMap::new, null);
    }

    /** A copy of the held case: a caller may change what it is given and not save it. */
    private static Optional<CaseFile> held(UUID id) {
        Map<UUID, CaseFile> held = heldHere();
        return Optional.ofNullable(held == null ? null : held.get(id)).map(CaseFile::copy);
    }

    /** Call only for a row this transaction inserted, locked or wrote (a write locks it too), as it now stands. */
    private static void hold(CaseFile c) {
        Map<UUID, CaseFile> held = heldHere();
        if (held != null) {
            held.put(c.id(), c.copy());
        }
    }

    /**
     * The case as lists show it, read by key alone (no failed items); a case this transaction registered or locked is
     * known already (its next task is listed in the same transaction).
     */
    public Optional<CaseSummary> summary(UUID id) {
        Optional<CaseFile> held = held(id);
        if (held.isPresent()) {
            CaseFile c = held.get();
            return Optional.of(new CaseSummary(c.id(), c.caseNo(), c.bureauCode(), c.intake().product().name(),
                    c.intake().sampledEnterprise().name()));
        }
        return jdbc.sql("select id, case_no, bureau_code, product_name, sampled_name from case_file where id = ?")
                .param(id)
                .query((rs, n) -> new CaseSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** The credit code of the case's sampled enterprise, read by key alone. */
    public Optional<String> enterpriseOf(UUID id) {
        Optional<CaseFile> held = held(id);
        if (held.isPresent()) {
            return Optional.of(held.get().enterpriseUscc());
        }
        return jdbc.sql("select sampled_uscc from case_file where id = ?").param(id).query(String.class).optional();
    }

    /**
     * Applies one of the aggregate's guarded transitions to the locked case and saves it: the case refuses a
     * move the loop does not allow, and the caller's transaction rolls back with it.
     */
    public CaseFile change(UUID id, java.util.function.Consumer<CaseFile> transition) {
        CaseFile c = lock(id).orElseThrow(() -> new CaseNotFoundException(id));
        CaseStatus before = c.status();
        transition.accept(c);
        update(c);
        if (before != CaseStatus.ARCHIVED && c.status() == CaseStatus.ARCHIVED) {
            published.publishEvent(new CaseArchived(c.id()));
        }
        return c;
    }

    /**
     * The case goes to another bureau, the competent one for its producer: from now on its staff, and no longer the
     * old bureau's, act on it. Only an open case moves.
     */
    public CaseFile moveTo(UUID id, String bureauCode) {
        CaseFile c = lock(id).orElseThrow(() -> new CaseNotFoundException(id));
        if (c.status() != CaseStatus.OPEN) {
            throw new IllegalCaseTransitionException("Case " + c.caseNo() + " is closed; it stays where it was closed");
        }
        String from = c.bureauCode();
        jdbc.sql("update case_file set bureau_code = ? where id = ?").params(bureauCode, id).update();
        Map<UUID, CaseFile> held = heldHere();
        if (held != null) {
            held.remove(id);
        }
        jdbc.sql("update case_deadline set bureau_code = ? where case_id = ?").params(bureauCode, id).update();
        published.publishEvent(new CaseMoved(id, from, bureauCode));
        return findById(id).orElseThrow();
    }

    /** Whether any case has been registered. */
    public boolean any() {
        return jdbc.sql("select count(*) from case_file").query(Integer.class).single() > 0;
    }

    /** How many cases there are, whatever their state. */
    public long total() {
        return jdbc.sql("select count(*) from case_file").query(Long.class).single();
    }

    /**
     * Locks these cases' rows until the transaction ends, as appending an event does; in the order of their ids, so
     * two batches locking some of the same cases wait for each other instead of deadlocking.
     */
    public void lockAll(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            ChainHeads heads = ChainHeads.ofTransaction();
            jdbc.sql("select id from case_file where id in (:ids) order by id for update").param("ids", ids)
                    .query(UUID.class).list()
                    .forEach(heads::locked);
        }
    }

    /** Open cases by the stage they are in. */
    public java.util.Map<String, Long> openCountByStage() {
        java.util.Map<String, Long> found = new java.util.HashMap<>();
        jdbc.sql("select stage, count(*) from case_file where status = 'OPEN' group by stage")
                .query((rs, n) -> found.put(rs.getString(1), rs.getLong(2))).list();
        return found;
    }

    public List<CaseFile> findByCaseNos(Collection<String> caseNos) {
        if (caseNos.isEmpty()) {
            return List.of();
        }
        List<CaseFile> cases = jdbc.sql(SELECT + "where case_no in (:nos)").param("nos", caseNos)
                .query(this::map).list();
        return withItems(cases);
    }

    /**
     * Cases for a list page, newest first: those of the given bureaus (all if null), or of one enterprise,
     * optionally matching a text in the case number, report number, product or enterprise name.
     */
    public List<CaseFile> search(CaseSearch search, int offset, int limit) {
        return rows(search, conditionsOf(search), offset, limit);
    }

    private List<CaseFile> rows(CaseSearch search, Conditions conditions, int offset, int limit) {
        // A fragment's matches are found through the trigram index and then sorted, behind a fence (offset 0) the
        // planner does not see through. Without it PostgreSQL, rightly estimating many matches, walks the newest-first
        // index (V48) and reads past every newer case that does not match: 112,929 rows, 183-785 ms, for a product
        // found in 11,133 archived cases behind 110,000 open ones, against 55 ms warm for reading and sorting the
        // matches (explain analyze on the benchmark's archive of 10^6, 2026-12-03).
        String cases = search.hasText() ? "select * from (" + SELECT + conditions.where() + " offset 0) case_file "
                : SELECT + conditions.where();
        List<CaseFile> rows = jdbc.sql(cases + " order by registered_at desc, case_no desc limit :limit offset :offset")
                .params(conditions.params()).param("limit", limit).param("offset", offset)
                .query(this::map).list();
        return withItems(inScope(search, rows));
    }

    /**
     * The requested page of the search, {@code size} cases to a page. Counted only as far as the page needs (see
     * {@link Paged#countedUpTo}): a fragment found in ten thousand of a million cases was counted in full on every
     * page, most of the search's time (docs/performance.md), for a figure no one pages through.
     */
    public Paged<CaseFile> page(CaseSearch search, int requested, int size) {
        long bound = Paged.countedUpTo(requested, size);
        Conditions conditions = conditionsOf(search);
        if (search.hasText()) {
            Optional<Paged<CaseFile>> read = pageOfMatches(search, conditions, requested, size, bound);
            if (read.isPresent()) {
                return read.get();
            }
        }
        long counted = jdbc.sql("select count(*) from (select 1 from case_file " + conditions.where()
                        + " limit :bound) found")
                .params(conditions.params()).param("bound", bound + 1).query(Long.class).single();
        Paged.Window window = Paged.windowCounted(counted, bound, requested, size);
        return window.of(rows(search, conditions, window.offset(), window.size()));
    }

    /**
     * A fragment's page and its count in one read of its matches. The trigram index gives the matches in no order, so
     * every match is read to sort them anyway; counting them apart read them all a second time (107–131 ms of the
     * product search's 182–240 on the benchmark's archive, warm, 2026-12-04). Only the key and the order travel through
     * the count and the sort; the page's rows are read by key. Empty when the requested page is past the last: its
     * window is then found by counting as for any other search.
     *
     * <p>Reading and sorting every match is most of the time of a fragment found in many cases: 28-37 ms for the 11,133
     * archived cases of "电吹风 型号5", 8-10 of them in the index (explain analyze on the benchmark's archive of 10^6,
     * warm, 2026-12-06). So the matches are read only up to one more than the list counts (11 ms); a fragment found in
     * more is looked for among the newest year's cases first, which the index ({@code db/vendor/postgresql/V55})
     * narrows to without reading the rest (1,245 matches, 5-7 ms). When that year holds more than the list counts, the
     * page and its "more than" lie in it, every other match being older; only otherwise are all matches read and
     * sorted.
     */
    private Optional<Paged<CaseFile>> pageOfMatches(CaseSearch search, Conditions conditions, int requested, int size,
                                                    long bound) {
        int offset = Math.max(requested, 0) * size;
        Matched read = matched(conditions, " limit " + (bound + 1), offset, size);
        if (read.found() > bound) {
            int newestYear = jdbc.sql("select extract(year from registered_at) from case_file"
                            + " order by registered_at desc, case_no desc fetch first 1 rows only")
                    .query(Integer.class).single();
            read = matched(conditions.and(NEWEST_YEAR, "year", newestYear), " offset 0", offset, size);
            if (read.found() <= bound) {
                read = matched(conditions, " offset 0", offset, size);
            }
        }
        if (read.rows().isEmpty() && offset > 0) {
            return Optional.empty();
        }
        Paged.Window window = Paged.windowCounted(read.found(), bound, requested, size);
        return Optional.of(window.of(withItems(inScope(search, read.rows()))));
    }

    /** A page of a fragment's matches and how many were read. */
    private record Matched(List<CaseFile> rows, long found) {
    }

    /**
     * The page of the matches read behind a fence the planner does not see through ({@code fence}: {@code offset 0},
     * or a limit that stops the read), sorted newest first.
     */
    private Matched matched(Conditions conditions, String fence, int offset, int size) {
        String matches = "select id, registered_at, case_no, count(*) over () as found from ("
                + "select id, registered_at, case_no from case_file " + conditions.where() + fence + ") m"
                + " order by registered_at desc, case_no desc limit :limit offset :offset";
        long[] found = {0};
        List<CaseFile> rows = jdbc.sql("select case_file.*, shown.found from (" + matches + ") shown"
                        + " join case_file on case_file.id = shown.id"
                        + " order by shown.registered_at desc, shown.case_no desc")
                .params(conditions.params()).param("limit", size).param("offset", offset)
                .query((rs, n) -> {
                    found[0] = rs.getLong("found");
                    return map(rs, n);
                }).list();
        return new Matched(rows, found[0]);
    }

    /** The conditions of a search and the values they name. */
    private record Conditions(String where, Map<String, Object> params) {

        Conditions and(String condition, String name, Object value) {
            Map<String, Object> more = new java.util.HashMap<>(params);
            more.put(name, value);
            return new Conditions(where + condition, more);
        }
    }

    /**
     * The search's conditions. A fragment's matches in a scope of most of the registry's bureaus are kept to it by
     * the bureaus outside it, the shorter list: such a scope leaves out few matches, and PostgreSQL, asked for the
     * scope's own codes, ANDs a bitmap of the bureau index with the trigram index's at a cost far above reading the
     * matches (it estimates {@code bureau_code = ANY} of a province's 53 codes at 705,935 of the 1,110,000 cases where
     * all of them match: 82–87 ms for the bureau bitmap in a product search of 182–210 ms, {@code explain analyze} on
     * the benchmark's archive, 2026-12-04). The outside list cannot be served by the index and costs a comparison or
     * two per match, where the 53 codes as parameters are compared one by one (37 against 50 ms for the same search).
     * A county's scope keeps its codes and its index: it leaves out nearly every match.
     */
    private Conditions conditionsOf(CaseSearch search) {
        if (search.hasText() && search.bureaus() != null && !search.bureaus().isEmpty()) {
            List<String> outside = bureaus.names().keySet().stream().filter(b -> !search.bureaus().contains(b))
                    .toList();
            if (outside.size() < search.bureaus().size()) {
                return new Conditions(search.where(outside), search.params(outside));
            }
        }
        return new Conditions(search.where(), search.params());
    }

    /**
     * The rows of a scope's bureaus alone: a scope given by the bureaus outside it would let in a case of a bureau
     * registered after that list was read.
     */
    private static List<CaseFile> inScope(CaseSearch search, List<CaseFile> rows) {
        return search.bureaus() == null ? rows
                : rows.stream().filter(c -> search.bureaus().contains(c.bureauCode())).toList();
    }

    /**
     * The latest results registered against an enterprise as sampled party in a period, not overturned, one case left
     * out (or none), newest first, each with its most serious hazard: at most {@code limit}, read in the order of the
     * index on (sampled_uscc, registered_on desc, case_no desc), so an enterprise with thousands of results costs no
     * more than one with a few (the order by names the equal first column so that H2, too, reads the index in order
     * instead of sorting every result).
     */
    public List<EnterpriseCase> ofEnterprise(String uscc, LocalDate from, LocalDate to, UUID leavingOut, int limit) {
        return jdbc.sql("""
                select c.id, c.case_no, c.registered_on,
                  (select min(case f.hazard when 'SAFETY' then 0 when 'PERFORMANCE' then 1 else 2 end)
                   from failed_item f where f.case_id = c.id) as worst
                from case_file c
                where c.sampled_uscc = ? and c.registered_on >= ? and c.registered_on <= ? and c.id <> ?
                  and (c.outcome is null or c.outcome <> 'OVERTURNED')
                order by c.sampled_uscc, c.registered_on desc, c.case_no desc fetch first ? rows only""")
                .params(uscc, from, to, leavingOut == null ? new UUID(0, 0) : leavingOut, limit)
                .query((rs, n) -> new EnterpriseCase(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), Hazard.values()[rs.getInt(4)]))
                .list();
    }

    /**
     * Several cases at once, with their failed items, in no particular order; those not found are left out. Those this
     * transaction holds are not read again (the analytics count a case just before its transaction commits).
     */
    public List<CaseFile> findByIds(Collection<UUID> ids) {
        List<CaseFile> found = new java.util.ArrayList<>(ids.size());
        List<UUID> unheld = new java.util.ArrayList<>(ids.size());
        for (UUID id : new java.util.LinkedHashSet<>(ids)) {
            held(id).ifPresentOrElse(found::add, () -> unheld.add(id));
        }
        if (!unheld.isEmpty()) {
            found.addAll(withItems(jdbc.sql(SELECT + "where id in (:ids)").param("ids", unheld).query(this::map)
                    .list()));
        }
        return found;
    }

    /** Case ids in id order after {@code after} (from the first if null): to walk every case in batches. */
    public List<UUID> idsAfter(UUID after, int limit) {
        if (after == null) {
            // no lowest UUID to start from: the database orders them as unsigned bytes, Java as signed longs
            return jdbc.sql("select id from case_file order by id fetch first ? rows only").param(limit)
                    .query(UUID.class).list();
        }
        return jdbc.sql("select id from case_file where id > ? order by id fetch first ? rows only")
                .params(after, limit).query(UUID.class).list();
    }

    /**
     * Of these cases, those whose enterprise already had a standing result registered in the {@code years} before
     * (same day: a lower case number): the repeat failures as the records stand now.
     */
    public java.util.Set<UUID> repeatResults(Collection<UUID> ids, int years) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        // probes along (sampled_uscc, registered_on desc, case_no desc) that start where an earlier result would be:
        // one for an earlier day, one for the same day with a lower case number, so ten thousand results of one
        // enterprise on one day (an import) cost a seek each, not a walk past all those registered after
        return java.util.Set.copyOf(jdbc.sql("""
                select c.id from case_file c where c.id in (:ids) and (
                  exists (select 1 from case_file p where p.sampled_uscc = c.sampled_uscc
                    and p.registered_on < c.registered_on and p.registered_on >= c.registered_on - interval '%d' year
                    and (p.outcome is null or p.outcome <> 'OVERTURNED'))
                  or exists (select 1 from case_file p where p.sampled_uscc = c.sampled_uscc
                    and p.registered_on = c.registered_on and p.case_no < c.case_no
                    and (p.outcome is null or p.outcome <> 'OVERTURNED')))""".formatted(years))
                .param("ids", ids).query(UUID.class).list());
    }

    /** Every enterprise that has been a sampled party, once. */
    public List<String> sampledEnterprises() {
        return jdbc.sql("select distinct sampled_uscc from case_file").query(String.class).list();
    }

    public void insert(CaseFile c) {
        insert(c, new Statements()).run(jdbc);
    }

    /** The case and its failed items among the writes given (one round trip with its parties and first deadline). */
    public Statements insert(CaseFile c, Statements writes) {
        CaseFile.Intake in = c.intake();
        Party producer = in.producer();
        writes.add("""
                insert into case_file (id, case_no, report_no, intake_fingerprint, product_name, product_model,
                  product_batch, product_category, sampled_on, report_issued_on, registered_on, registered_at,
                  registered_by, sampled_uscc, sampled_name, sampled_address, producer_uscc, producer_name,
                  producer_address, bureau_code, organizing_bureau_code, institution, spot_check_plan,
                  adulteration_suspected, status, stage, stop_sale_active, product_trademark)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                c.id(), c.caseNo(), in.reportNo(), in.fingerprint(), in.product().name(),
                        in.product().model(), in.product().batch(), in.product().category(), in.sampledOn(),
                        in.reportIssuedOn(), in.registeredOn(), Timestamp.from(in.registeredAt()), in.registeredBy(),
                        in.sampledEnterprise().uscc(), in.sampledEnterprise().name(), in.sampledEnterprise().address(),
                        producer == null ? null : producer.uscc(), producer == null ? null : producer.name(),
                        producer == null ? null : producer.address(), in.bureauCode(), in.organizingBureauCode(),
                        in.institution(), in.spotCheckPlan(), in.adulterationSuspected(), c.status().name(),
                        c.stage().name(), c.stopSaleActive(), in.product().trademark());
        ChainHeads.ofTransaction().inserted(c.id());
        hold(c);
        List<Object[]> items = new java.util.ArrayList<>();
        for (FailedItem item : in.failedItems()) {
            items.add(new Object[] {c.id(), items.size() + 1, item.item(), item.requirement(), item.measured(),
                    item.hazard().name()});
        }
        return writes.addRows("insert into failed_item (case_id, item_order, item, requirement, measured, hazard)",
                items);
    }

    /**
     * Records the case's process instance, once: a narrow update, since the instance's first steps have
     * already moved the case on (the stage listener) and a whole-row write would only repeat them.
     */
    public void attachProcess(UUID id, String processInstanceId) {
        Optional<CaseFile> held = held(id);
        if (held.isPresent() && processInstanceId.equals(held.get().processInstanceId())) {
            return; // its first stage recorded it (CaseStages)
        }
        int updated = jdbc.sql("update case_file set process_instance_id = ? where id = ? and process_instance_id is null")
                .params(processInstanceId, id).update();
        if (updated != 1) {
            throw new IllegalCaseTransitionException("Case " + id + " already has a process instance");
        }
        held(id).ifPresent(c -> hold(c.attachedTo(processInstanceId)));
    }

    /** Stores the mutable state; the intake facts are never rewritten. */
    public void update(CaseFile c) {
        jdbc.sql("""
                update case_file set status = ?, stage = ?, track = ?, suggested_track = ?, outcome = ?,
                  stop_sale_active = ?, process_instance_id = ?, closed_at = ? where id = ?""")
                .params(c.status().name(), c.stage().name(), name(c.track()), name(c.suggestedTrack()),
                        name(c.outcome()), c.stopSaleActive(), c.processInstanceId(),
                        c.closedAt() == null ? null : Timestamp.from(c.closedAt()), c.id())
                .update();
        hold(c);
    }

    private Optional<CaseFile> one(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(this::map).optional().map(c -> withItems(List.of(c)).get(0));
    }

    private List<CaseFile> withItems(List<CaseFile> cases) {
        if (cases.isEmpty()) {
            return cases;
        }
        Map<UUID, List<FailedItem>> items = jdbc.sql(ITEMS + "where case_id in (:ids) order by case_id, item_order")
                .param("ids", cases.stream().map(CaseFile::id).toList())
                .query(CaseFiles::item)
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return cases.stream().map(c -> c.withItems(items.getOrDefault(c.id(), List.of()))).toList();
    }

    private static final String ITEMS = "select case_id, item, requirement, measured, hazard from failed_item ";

    private static Map.Entry<UUID, FailedItem> item(ResultSet rs, int row) throws SQLException {
        return Map.entry(rs.getObject(1, UUID.class), new FailedItem(rs.getString(2), rs.getString(3), rs.getString(4),
                Hazard.valueOf(rs.getString(5))));
    }

    private CaseFile map(ResultSet rs, int row) throws SQLException {
        String producerUscc = rs.getString("producer_uscc");
        Party producer = producerUscc == null ? null
                : new Party(producerUscc, rs.getString("producer_name"), rs.getString("producer_address"));
        CaseFile.Intake intake = new CaseFile.Intake(rs.getString("report_no"), rs.getString("intake_fingerprint"),
                new Product(rs.getString("product_name"), rs.getString("product_model"),
                        rs.getString("product_batch"), rs.getString("product_category"),
                        rs.getString("product_trademark")),
                rs.getObject("sampled_on", LocalDate.class), rs.getObject("report_issued_on", LocalDate.class),
                rs.getObject("registered_on", LocalDate.class), rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by"),
                new Party(rs.getString("sampled_uscc"), rs.getString("sampled_name"), rs.getString("sampled_address")),
                producer, rs.getString("bureau_code"), rs.getString("organizing_bureau_code"),
                rs.getString("institution"), rs.getString("spot_check_plan"),
                rs.getBoolean("adulteration_suspected"), List.of());
        Timestamp closed = rs.getTimestamp("closed_at");
        return new CaseFile(rs.getObject("id", UUID.class), rs.getString("case_no"), intake,
                CaseStatus.valueOf(rs.getString("status")), Stage.valueOf(rs.getString("stage")),
                enumOrNull(Track.class, rs.getString("track")), enumOrNull(Track.class, rs.getString("suggested_track")),
                enumOrNull(CaseOutcome.class, rs.getString("outcome")), rs.getBoolean("stop_sale_active"),
                rs.getString("process_instance_id"), closed == null ? null : closed.toInstant());
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

}
