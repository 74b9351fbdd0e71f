package org.qualityloop.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.Institutions;
import org.qualityloop.identity.Role;
import org.qualityloop.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Results imported from a spreadsheet: uploaded, read and checked row by row in the background (a preview of every
 * row with its problems in words), then committed by the uploader, each valid row registered through the same
 * {@link IntakeService} as the API. Work is claimed under a lease and kept row by row, so a restart resumes it.
 */
@Service
public class IntakeImports {

    /** An import as its uploader follows it. */
    public record Summary(UUID id, String fileName, String uploadedBy, Instant uploadedAt, String plan,
                          ImportStatus status, int rows, int processed, int accepted, int duplicates, int rejected,
                          int registered, String failure) {
    }

    /** A row with what is wrong with it, by the sheet's own column names. */
    public record RowProblem(int row, String column, String code, List<Object> args) {
    }

    /** One row as it was read, for the preview and the error workbook. */
    public record ImportedRow(int rowNo, List<String> cells, ImportRowStatus status, List<RowProblem> problems,
                              UUID caseId) {
    }

    static final int BATCH = 200;
    /**
     * Rows registered per transaction: one commit per case was most of an import's time on PostgreSQL. Fifty cases
     * hold the bureau's number sequence for well under a second, which is what a single registration of the same
     * bureau may then wait.
     */
    static final int REGISTER_BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(IntakeImports.class);
    private static final TypeReference<List<String>> CELLS = new TypeReference<>() { };
    private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() { };
    private static final TypeReference<IntakeRequest> REQUEST = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final IntakeService intake;
    private final IntakeValidator validator;
    private final CaseFiles cases;
    private final Bureaus bureaus;
    private final Institutions institutions;
    private final UserAccounts users;
    private final BusinessClock clock;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final JdbcTemplate batch;
    private volatile ReadSheet lastRead;
    /** Per import worked on this node, the last row of the last batch registered. */
    private final Map<UUID, Integer> registeredThrough = new ConcurrentHashMap<>();

    IntakeImports(JdbcClient jdbc, IntakeService intake, IntakeValidator validator, CaseFiles cases, Bureaus bureaus,
                  Institutions institutions, UserAccounts users, BusinessClock clock, ObjectMapper json,
                  TransactionTemplate transactions, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.batch = batch;
        this.intake = intake;
        this.cases = cases;
        this.bureaus = bureaus;
        this.institutions = institutions;
        this.users = users;
        this.clock = clock;
        this.json = json;
        this.transactions = transactions;
    }

    /** Keeps the file and queues it to be read; what is wrong with it is told in the preview. */
    public UUID upload(Actor by, String fileName, byte[] content, String plan, String category) {
        requireUploader(by);
        FieldErrors errors = new FieldErrors();
        if (content == null || content.length == 0) {
            errors.reject("file", "import.emptyFile");
        } else if (fileName == null || !fileName.toLowerCase(java.util.Locale.ROOT).matches(".+\\.(xlsx|csv|txt)")) {
            errors.reject("file", "import.fileType");
        }
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into intake_import (id, uploaded_by, uploaded_at, file_name, content, plan, category, status)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, by.username(), Timestamp.from(clock.now()), fileName, content, blank(plan), blank(category),
                        ImportStatus.READING.name())
                .update();
        return id;
    }

    /** Starts registering the valid rows; only the uploader, only after the preview. */
    public void commit(Actor by, UUID id) {
        Summary s = of(by, id);
        if (s.status() != ImportStatus.PREVIEW) {
            new FieldErrors().reject("status", "import.notReady").throwIfAny();
        }
        jdbc.sql("update intake_import set status = ?, processed_rows = 0, claimed_at = null where id = ? and status = ?")
                .params(ImportStatus.COMMITTING.name(), id, ImportStatus.PREVIEW.name()).update();
    }

    /** An import of the caller's own; anyone else's reads as not found. */
    public Summary of(Actor by, UUID id) {
        return find(id).filter(s -> s.uploadedBy().equals(by.username()))
                .orElseThrow(() -> new ImportNotFoundException(id));
    }

    public List<Summary> recent(Actor by) {
        return jdbc.sql("select id from intake_import where uploaded_by = ? order by uploaded_at desc fetch first 20 rows only")
                .param(by.username()).query(UUID.class).list().stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** The rows of the caller's import with a problem (or every row), in sheet order. */
    public List<ImportedRow> rows(Actor by, UUID id, boolean onlyProblems, int limit) {
        of(by, id);
        return jdbc.sql("select row_no, cells, status, errors, case_id from intake_import_row where import_id = ?"
                        + (onlyProblems ? " and status in ('INVALID', 'CONFLICT', 'DUPLICATE')" : "")
                        + " order by row_no fetch first " + limit + " rows only")
                .param(id)
                .query((rs, n) -> new ImportedRow(rs.getInt(1), read(rs.getString(2), CELLS),
                        ImportRowStatus.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? List.of() : read(rs.getString(4), PROBLEMS),
                        rs.getObject(5, UUID.class)))
                .list();
    }

    /** Why an import failed as a whole (no header, a column missing, an unreadable file), in problems. */
    public List<RowProblem> failure(Summary s) {
        if (s.failure() == null) {
            return List.of();
        }
        if (s.failure().startsWith("[")) {
            return read(s.failure(), PROBLEMS);
        }
        return List.of(new RowProblem(0, "file", "import.unreadable", List.of()));
    }

    /** The sheet's header row as uploaded, for the error workbook. */
    public List<String> headers(Actor by, UUID id) {
        of(by, id);
        try {
            SheetRows.Sheet sheet = SheetRows.read(SheetReader.read(fileName(id), content(id)));
            return sheet.headers();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Optional<Summary> find(UUID id) {
        return jdbc.sql("""
                select i.id, i.file_name, i.uploaded_by, i.uploaded_at, i.plan, i.status, i.total_rows, i.processed_rows,
                  (select count(*) from intake_import_row r where r.import_id = i.id and r.status in ('VALID', 'REGISTERED')),
                  (select count(*) from intake_import_row r where r.import_id = i.id and r.status = 'DUPLICATE'),
                  (select count(*) from intake_import_row r where r.import_id = i.id and r.status in ('INVALID', 'CONFLICT')),
                  (select count(*) from intake_import_row r where r.import_id = i.id and r.status = 'REGISTERED'),
                  i.failure
                from intake_import i where i.id = ?""")
                .param(id)
                .query((rs, n) -> new Summary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), ImportStatus.valueOf(rs.getString(6)),
                        rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12),
                        rs.getString(13)))
                .optional();
    }

    // ---- the background work, claimed under a lease ----

    /** Claims the oldest import with work left whose lease is free; returns it if this node got it. */
    Optional<UUID> claim(java.time.Duration lease) {
        Instant now = clock.now();
        List<UUID> waiting = jdbc.sql("""
                select id from intake_import where status in ('READING', 'COMMITTING')
                  and (claimed_at is null or claimed_at < ?) order by uploaded_at fetch first 5 rows only""")
                .param(Timestamp.from(now.minus(lease))).query(UUID.class).list();
        for (UUID id : waiting) {
            int won = jdbc.sql("""
                    update intake_import set claimed_at = ? where id = ? and status in ('READING', 'COMMITTING')
                      and (claimed_at is null or claimed_at < ?)""")
                    .params(Timestamp.from(now), id, Timestamp.from(now.minus(lease))).update();
            if (won == 1) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Does the claimed import's next piece of work; returns whether there is more. */
    boolean work(UUID id) {
        ImportStatus status = ImportStatus.valueOf(jdbc.sql("select status from intake_import where id = ?").param(id)
                .query(String.class).single());
        try {
            return switch (status) {
                case READING -> readNext(id);
                case COMMITTING -> registerNext(id);
                default -> false;
            };
        } catch (IOException | RuntimeException e) {
            log.warn("import {} failed", id, e);
            registeredThrough.remove(id);
            jdbc.sql("update intake_import set status = ?, failure = ?, claimed_at = null where id = ?")
                    .params(ImportStatus.FAILED.name(), String.valueOf(e.getMessage()).substring(0,
                            Math.min(2000, String.valueOf(e.getMessage()).length())), id).update();
            return false;
        }
    }

    void release(UUID id) {
        jdbc.sql("update intake_import set claimed_at = null where id = ?").param(id).update();
    }

    /** Reads and checks the next batch of rows after those already kept. */
    private boolean readNext(UUID id) throws IOException {
        SheetRows.Sheet sheet = sheet(id);
        String uploader = jdbc.sql("select uploaded_by from intake_import where id = ?").param(id).query(String.class).single();
        Actor actor = users.loadUserByUsername(uploader).actor();
        Map<String, String> defaults = defaults(id);
        if (sheet.problems().hasErrors()) {
            lastRead = null;
            jdbc.sql("update intake_import set status = ?, failure = ?, claimed_at = null where id = ?")
                    .params(ImportStatus.FAILED.name(), json(problems(0, sheet.problems())), id).update();
            return false;
        }
        int done = jdbc.sql("select count(*) from intake_import_row where import_id = ?").param(id).query(Integer.class).single();
        List<SheetRows.Read> next = sheet.rows().subList(Math.min(done, sheet.rows().size()),
                Math.min(done + BATCH, sheet.rows().size()));
        Map<String, Integer> seen = reportNosSoFar(id);
        Jurisdiction jurisdiction = new Jurisdiction(bureaus, institutions, actor);
        // the registry, the cases already registered under the batch's report numbers and the kept rows each in one
        // statement a batch: one by one they were five round trips a row, the preview's time (docs/performance.md)
        IntakeValidator.Registry registry = validator.snapshot();
        LocalDate today = clock.today();
        transactions.executeWithoutResult(tx -> {
            List<IntakeRequest> requests = next.stream().map(row -> jurisdiction.request(row, defaults)).toList();
            Map<String, CaseFile> registered = cases.findByReportNos(requests.stream()
                    .map(IntakeRequest::reportNo).filter(java.util.Objects::nonNull).map(String::strip).toList());
            List<Object[]> kept = new ArrayList<>(next.size());
            for (int i = 0; i < next.size(); i++) {
                kept.add(keep(id, next.get(i), requests.get(i), validator.validate(requests.get(i), actor, today,
                        registry), registered, seen));
            }
            batch.batchUpdate("""
                    insert into intake_import_row (import_id, row_no, report_no, cells, request, status, errors)
                    values (?, ?, ?, ?, ?, ?, ?)""", kept);
            jdbc.sql("update intake_import set total_rows = ?, processed_rows = ?, claimed_at = ? where id = ?")
                    .params(sheet.rows().size(), done + next.size(), Timestamp.from(clock.now()), id).update();
        });
        if (done + next.size() >= sheet.rows().size()) {
            lastRead = null;
            jdbc.sql("update intake_import set status = ?, claimed_at = null where id = ?")
                    .params(ImportStatus.PREVIEW.name(), id).update();
            return false;
        }
        return true;
    }

    /** The row checked and placed, as the parameters of its insert. */
    private Object[] keep(UUID id, SheetRows.Read row, IntakeRequest request, FieldErrors refused,
                          Map<String, CaseFile> registered, Map<String, Integer> seen) {
        FieldErrors problems = row.problems().merge(refused);
        ImportRowStatus status = problems.hasErrors() ? ImportRowStatus.INVALID : ImportRowStatus.VALID;
        String reportNo = request.reportNo() == null ? null : request.reportNo().strip();
        if (status == ImportRowStatus.VALID && reportNo != null) {
            Integer earlier = seen.get(reportNo);
            if (earlier != null) {
                status = ImportRowStatus.DUPLICATE;
                problems.reject(SheetColumn.REPORT_NO.usualName(), "import.duplicateRow", earlier);
            } else {
                IntakeRequest normalized = IntakeNormalizer.normalize(request);
                Optional<CaseFile> existing = Optional.ofNullable(registered.get(reportNo));
                if (existing.isPresent()) {
                    boolean same = existing.get().intake().fingerprint().equals(intake.fingerprint(normalized));
                    status = same ? ImportRowStatus.DUPLICATE : ImportRowStatus.CONFLICT;
                    problems.reject(SheetColumn.REPORT_NO.usualName(), same ? "import.alreadyRegistered"
                            : "import.conflict", existing.get().caseNo());
                }
            }
        }
        if (reportNo != null && !seen.containsKey(reportNo)) {
            seen.put(reportNo, row.rowNo());
        }
        return new Object[] {id, row.rowNo(), reportNo, json(row.cells()), json(request), status.name(),
                problems.hasErrors() ? json(problems(row.rowNo(), problems)) : null};
    }

    /**
     * Registers the next batch of valid rows in one transaction with their marks, so a row is marked registered
     * exactly when its case exists. Should the batch fail as a whole (another node registered one of its report
     * numbers at the same moment), its rows are registered again one transaction each: the others still land, and
     * the one that cannot is reported.
     */
    private boolean registerNext(UUID id) {
        String uploader = jdbc.sql("select uploaded_by from intake_import where id = ?").param(id).query(String.class).single();
        Actor actor = users.loadUserByUsername(uploader).actor();
        // every row up to the last batch done here is marked; reading past them again made an import quadratic
        int after = registeredThrough.getOrDefault(id, 0);
        List<Map.Entry<Integer, IntakeRequest>> next = jdbc.sql("""
                select row_no, request from intake_import_row where import_id = ? and row_no > ? and status = 'VALID'
                order by row_no fetch first ? rows only""")
                .params(id, after, REGISTER_BATCH)
                .query((rs, n) -> Map.entry(rs.getInt(1), read(rs.getString(2), REQUEST)))
                .list();
        try {
            transactions.executeWithoutResult(tx -> registerAndMark(id, next, actor));
        } catch (RuntimeException batchFailed) {
            log.info("import {}: a batch of {} rows failed together ({}), registering them one by one", id, next.size(),
                    batchFailed.toString());
            for (Map.Entry<Integer, IntakeRequest> row : next) {
                transactions.executeWithoutResult(tx -> registerAndMark(id, List.of(row), actor));
            }
        }
        jdbc.sql("update intake_import set claimed_at = ? where id = ?").params(Timestamp.from(clock.now()), id)
                .update();
        if (next.isEmpty()) {
            registeredThrough.remove(id);
            jdbc.sql("update intake_import set status = ?, claimed_at = null where id = ?")
                    .params(ImportStatus.DONE.name(), id).update();
            return false;
        }
        registeredThrough.put(id, next.get(next.size() - 1).getKey());
        return true;
    }

    /**
     * Registers the rows and marks each with its outcome, the import's count of registered rows with them: in the
     * batch's transaction, so the count is the rows' own however often the work stops and resumes. Idempotent by
     * report number: a row registered before a restart is found again, not doubled.
     */
    private void registerAndMark(UUID id, List<Map.Entry<Integer, IntakeRequest>> rows, Actor actor) {
        List<IntakeService.Outcome> outcomes = intake.registerEach(rows.stream().map(Map.Entry::getValue).toList(), actor);
        List<Object[]> registeredRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int rowNo = rows.get(i).getKey();
            IntakeService.Outcome outcome = outcomes.get(i);
            if (outcome instanceof IntakeService.Registered registered) {
                registeredRows.add(new Object[] {ImportRowStatus.REGISTERED.name(), registered.caseId(), id, rowNo});
            } else if (outcome instanceof IntakeService.Conflict conflict) {
                mark(id, rowNo, ImportRowStatus.CONFLICT, new FieldErrors()
                        .reject(SheetColumn.REPORT_NO.usualName(), "import.conflict", conflict.caseNo()));
            } else if (outcome instanceof IntakeService.Refused refused) {
                mark(id, rowNo, ImportRowStatus.INVALID, refused.problems());
            }
        }
        batch.batchUpdate("update intake_import_row set status = ?, case_id = ? where import_id = ? and row_no = ?",
                registeredRows);
        jdbc.sql("update intake_import set processed_rows = processed_rows + ? where id = ?")
                .params(registeredRows.size(), id).update();
    }

    private void mark(UUID id, int rowNo, ImportRowStatus status, FieldErrors problems) {
        jdbc.sql("update intake_import_row set status = ?, errors = ? where import_id = ? and row_no = ?")
                .params(status.name(), json(problems(rowNo, problems)), id, rowNo).update();
    }

    /**
     * The import's sheet as read, kept while its batches are checked: reading a workbook of ten thousand rows again
     * for each batch of two hundred took most of the preview's time. The file of an import never changes.
     */
    private SheetRows.Sheet sheet(UUID id) throws IOException {
        ReadSheet last = lastRead;
        if (last == null || !last.importId().equals(id)) {
            last = new ReadSheet(id, SheetRows.read(SheetReader.read(fileName(id), content(id))));
            lastRead = last;
        }
        return last.sheet();
    }

    private record ReadSheet(UUID importId, SheetRows.Sheet sheet) {
    }

    private Map<String, Integer> reportNosSoFar(UUID id) {
        Map<String, Integer> seen = new HashMap<>();
        jdbc.sql("select report_no, min(row_no) from intake_import_row where import_id = ? and report_no is not null group by report_no")
                .param(id).query((rs, n) -> seen.put(rs.getString(1), rs.getInt(2))).list();
        return seen;
    }

    private Map<String, String> defaults(UUID id) {
        return jdbc.sql("select plan, category from intake_import where id = ?").param(id)
                .query((rs, n) -> {
                    Map<String, String> d = new HashMap<>();
                    d.put("plan", rs.getString(1));
                    d.put("category", rs.getString(2));
                    return d;
                }).single();
    }

    private String fileName(UUID id) {
        return jdbc.sql("select file_name from intake_import where id = ?").param(id).query(String.class).single();
    }

    private byte[] content(UUID id) {
        return jdbc.sql("select content from intake_import where id = ?").param(id).query(byte[].class).single();
    }

    /** Problems by the sheet's columns: an intake field is named by the column it came from. */
    private static List<RowProblem> problems(int rowNo, FieldErrors errors) {
        List<RowProblem> found = new ArrayList<>();
        errors.all().forEach(e -> found.add(new RowProblem(rowNo, Jurisdiction.columnOf(e.field()), e.code(),
                List.copyOf(e.args()))));
        return found;
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireUploader(Actor by) {
        if (!(by.is(Role.HANDLER) || by.is(Role.INSTITUTION))) {
            throw new AccessDeniedException("Only institutions and handlers import results");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
