package org.qualityloop.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.Enterprises;
import org.qualityloop.casefile.FailedItem;
import org.qualityloop.casefile.Hazard;
import org.qualityloop.casefile.NumberSequences;
import org.qualityloop.casefile.Party;
import org.qualityloop.casefile.Product;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.identity.Actor;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.OneEngineCommand;
import org.qualityloop.transactions.Reads;
import org.qualityloop.transactions.Statements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a nonconforming result: the case, its parties, its first deadline and its process instance,
 * in one transaction, so there is never a case without a process or a process without a case.
 */
@Service
public class IntakeService {

    private final IntakeValidator validator;
    private final CaseFiles cases;
    private final Enterprises enterprises;
    private final NumberSequences numbers;
    private final CaseDeadlines deadlines;
    private final CaseEvents events;
    private final RuntimeService runtime;
    private final BusinessClock clock;
    private final OneEngineCommand oneCommand;
    private final ObjectMapper json;
    private final JdbcClient jdbc;

    IntakeService(IntakeValidator validator, CaseFiles cases, Enterprises enterprises, NumberSequences numbers,
                  CaseDeadlines deadlines, CaseEvents events, RuntimeService runtime, BusinessClock clock,
                  OneEngineCommand oneCommand, ObjectMapper json, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.cases = cases;
        this.enterprises = enterprises;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.events = events;
        this.runtime = runtime;
        this.clock = clock;
        this.oneCommand = oneCommand;
        this.json = json;
    }

    /** What the validator would refuse in the request, without registering anything. */
    public FieldErrors problems(IntakeRequest request, Actor actor) {
        return validator.validate(request, actor, clock.today());
    }

    @Transactional
    public Registration register(IntakeRequest request, Actor actor) {
        // the report number's case is looked up with the registry's codes, in one round trip
        Reads along = new Reads();
        Supplier<Optional<CaseFile>> registered = cases.findByReportNo(IntakeNormalizer.reportNo(request), along);
        return registration(outcome(validator.validate(request, actor, clock.today(), along), request, actor,
                reportNo -> registered.get()));
    }

    /** What became of one request of a batch: registered (or replayed), refused with its problems, or a conflict. */
    public sealed interface Outcome {
    }

    /** The case registered, or found registered with the same content ({@code created} false). */
    public record Registered(UUID caseId, boolean created) implements Outcome {
    }

    public record Refused(FieldErrors problems) implements Outcome {
    }

    /** The report number is registered as {@code caseNo} with other content. */
    public record Conflict(String reportNo, String caseNo) implements Outcome {
    }

    /**
     * Registers several results in one transaction, an outcome for each in order; a refusal or conflict is told,
     * not thrown, so it does not undo the others. One commit for a batch instead of one per case is most of what
     * makes a bulk import fast; each case still commits with its process instance. The registry the rows are checked
     * against is read once, so are the cases already registered under the batch's report numbers (one registered
     * meanwhile by another node makes the batch fail on the report number's uniqueness, and its caller register its
     * rows one by one), and the processes start within one engine command, so the engine writes them all in one flush
     * of batched inserts.
     */
    @Transactional
    public List<Outcome> registerEach(List<IntakeRequest> requests, Actor actor) {
        LocalDate today = clock.today();
        IntakeValidator.Registry registry = validator.snapshot();
        Map<String, CaseFile> registered = cases.findByReportNos(requests.stream().map(IntakeNormalizer::normalize)
                .map(IntakeRequest::reportNo).filter(java.util.Objects::nonNull).toList());
        return oneCommand.run(() -> {
            List<Outcome> outcomes = new ArrayList<>(requests.size());
            for (IntakeRequest request : requests) {
                outcomes.add(outcome(validator.validate(request, actor, today, registry), request, actor,
                        reportNo -> Optional.ofNullable(registered.get(reportNo))));
            }
            return outcomes;
        });
    }

    /** The same report number again: identical content is a harmless replay, anything else a conflict. */
    @Transactional(readOnly = true)
    public Optional<Registration> replay(String reportNo, String fingerprint) {
        return existing(cases.findByReportNo(reportNo), reportNo, fingerprint).map(this::registration);
    }

    private Outcome outcome(FieldErrors problems, IntakeRequest request, Actor actor,
                            Function<String, Optional<CaseFile>> registered) {
        if (problems.hasErrors()) {
            return new Refused(problems);
        }
        IntakeRequest normalized = IntakeNormalizer.normalize(request);
        String fingerprint = fingerprint(normalized);
        return existing(registered.apply(normalized.reportNo()), normalized.reportNo(), fingerprint)
                .orElseGet(() -> new Registered(create(normalized, fingerprint, actor), true));
    }

    private static Optional<Outcome> existing(Optional<CaseFile> registered, String reportNo, String fingerprint) {
        return registered.<Outcome>map(existing ->
                existing.intake().fingerprint().equals(fingerprint)
                        ? new Registered(existing.id(), false)
                        : new Conflict(reportNo, existing.caseNo()));
    }

    /**
     * The outcome of a single registration, a refusal or conflict thrown as the API and the page answer it; the case
     * read back as its process left it (a batch's callers need only its id, and skip the read).
     */
    private Registration registration(Outcome outcome) {
        if (outcome instanceof Refused refused) {
            refused.problems().throwIfAny();
        }
        if (outcome instanceof Conflict conflict) {
            throw new IntakeConflictException(conflict.reportNo());
        }
        Registered registered = (Registered) outcome;
        return new Registration(cases.findById(registered.caseId()).orElseThrow(), registered.created());
    }

    private UUID create(IntakeRequest normalized, String fingerprint, Actor actor) {
        LocalDate today = clock.today();
        String caseNo = normalized.bureauCode() + "-" + today.getYear() + "-"
                + String.format("%05d", numbers.next(normalized.bureauCode(), "CASE", today.getYear()));
        CaseFile c = CaseFile.register(caseNo, intake(normalized, fingerprint, today, clock.now(), actor));
        // the parties, the case with its failed items and its first deadline: written in one round trip
        Statements writes = enterprises.register(c.intake().sampledEnterprise(), new Statements());
        if (c.intake().producer() != null) {
            enterprises.register(c.intake().producer(), writes);
        }
        cases.insert(c, writes);
        deadlines.startFirst(c.id(), Step.RESULT_NOTICE, today, writes).run(jdbc);
        events.append(c.id(), actor.username(), null, null, CaseEventType.CASE_REGISTERED,
                "登记不合格结果 " + normalized.reportNo(), null, normalized);
        ProcessInstance instance = runtime.startProcessInstanceByKey(Bpmn.Process.POST_PROCESSING, caseNo, Map.of(
                Bpmn.Var.CASE_ID, c.id().toString(),
                Bpmn.Var.BUREAU, c.bureauCode(),
                Bpmn.Var.ENTERPRISE, c.enterpriseUscc(),
                Bpmn.Var.REGISTERED_ON, today.toString()));
        cases.attachProcess(c.id(), instance.getId());
        return c.id();
    }

    public String fingerprint(IntakeRequest normalized) {
        try {
            byte[] canonical = json.writeValueAsString(normalized).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CaseFile.Intake intake(IntakeRequest r, String fingerprint, LocalDate today, Instant now,
                                          Actor actor) {
        List<FailedItem> items = r.failedItems().stream()
                .map(i -> new FailedItem(i.item(), i.requirement(), i.measured(), Hazard.valueOf(i.hazard())))
                .toList();
        return new CaseFile.Intake(r.reportNo(), fingerprint,
                new Product(r.product().name(), r.product().model(), r.product().batch(), r.product().category(),
                        r.product().trademark()),
                LocalDate.parse(r.sampledAt()), LocalDate.parse(r.reportIssuedAt()), today,
                now, actor.username(), party(r.sampledEnterprise()), party(r.producer()),
                r.bureauCode(), r.organizingBureauCode(), r.institution(), r.spotCheckPlan(),
                Boolean.TRUE.equals(r.adulterationSuspected()), items);
    }

    private static Party party(IntakeRequest.PartyData p) {
        return p == null ? null : new Party(p.uscc(), p.name(), p.address());
    }
}
