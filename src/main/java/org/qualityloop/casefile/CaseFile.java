package org.qualityloop.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The case aggregate. Its facts from intake never change; its state (status, stage, track, stop-sale)
 * changes only through the guarded methods below. The BPMN decides <em>when</em> a move happens; this
 * class decides <em>whether</em> it may.
 */
public class CaseFile {

    private final UUID id;
    private final String caseNo;
    private final Intake intake;
    private CaseStatus status;
    private Stage stage;
    private Track track;
    private Track suggestedTrack;
    private CaseOutcome outcome;
    private boolean stopSaleActive;
    private String processInstanceId;
    private Instant closedAt;

    /** What the intake recorded: the result as the institution reported it. */
    public record Intake(String reportNo, String fingerprint, Product product, LocalDate sampledOn,
                         LocalDate reportIssuedOn, LocalDate registeredOn, Instant registeredAt, String registeredBy,
                         Party sampledEnterprise, Party producer, String bureauCode, String organizingBureauCode,
                         String institution, String spotCheckPlan, boolean adulterationSuspected,
                         List<FailedItem> failedItems) {
    }

    /** A freshly registered case: open, in intake, under stop-sale from the first moment (18号令 Art.45). */
    public static CaseFile register(String caseNo, Intake intake) {
        return new CaseFile(UUID.randomUUID(), caseNo, intake, CaseStatus.OPEN, Stage.INTAKE, null, null, null,
                true, null, null);
    }

    CaseFile(UUID id, String caseNo, Intake intake, CaseStatus status, Stage stage, Track track,
             Track suggestedTrack, CaseOutcome outcome, boolean stopSaleActive, String processInstanceId,
             Instant closedAt) {
        this.id = id;
        this.caseNo = caseNo;
        this.intake = intake;
        this.status = status;
        this.stage = stage;
        this.track = track;
        this.suggestedTrack = suggestedTrack;
        this.outcome = outcome;
        this.stopSaleActive = stopSaleActive;
        this.processInstanceId = processInstanceId;
        this.closedAt = closedAt;
    }

    public void enter(Stage next) {
        requireOpen();
        if (next == stage) {
            return;
        }
        if (!stage.next().contains(next)) {
            throw new IllegalCaseTransitionException("Case " + caseNo + " cannot move from " + stage + " to " + next);
        }
        stage = next;
    }

    /** The process instance that runs the case, recorded once: as the instance reaches its first stage. */
    void runBy(String processInstance) {
        if (processInstanceId != null && !processInstanceId.equals(processInstance)) {
            throw new IllegalCaseTransitionException("Case " + caseNo + " already has a process instance");
        }
        processInstanceId = processInstance;
    }

    public void suggestTrack(Track suggestion) {
        requireStage(Stage.CLASSIFICATION);
        suggestedTrack = suggestion;
    }

    public void confirmTrack(Track confirmed) {
        requireStage(Stage.CLASSIFICATION);
        track = confirmed;
    }

    /** The re-test or review overturned the result: the stop-sale ends and the case closes. */
    public void closeAsOverturned(Instant now) {
        requireStage(Stage.OBJECTION);
        stopSaleActive = false;
        close(CaseOutcome.OVERTURNED, now);
    }

    /** A passing re-inspection ends the ban on production and sale. */
    public void liftStopSale() {
        requireOpen();
        stopSaleActive = false;
    }

    public void archive(Instant now) {
        requireStage(Stage.PUBLICATION);
        close(CaseOutcome.HANDLED, now);
    }

    CaseFile copy() {
        return attachedTo(processInstanceId);
    }

    CaseFile attachedTo(String processInstance) {
        return new CaseFile(id, caseNo, intake, status, stage, track, suggestedTrack, outcome, stopSaleActive,
                processInstance, closedAt);
    }

    CaseFile withItems(List<FailedItem> items) {
        CaseFile.Intake in = intake;
        Intake full = new Intake(in.reportNo(), in.fingerprint(), in.product(), in.sampledOn(), in.reportIssuedOn(),
                in.registeredOn(), in.registeredAt(), in.registeredBy(), in.sampledEnterprise(), in.producer(),
                in.bureauCode(), in.organizingBureauCode(), in.institution(), in.spotCheckPlan(),
                in.adulterationSuspected(), List.copyOf(items));
        return new CaseFile(id, caseNo, full, status, stage, track, suggestedTrack, outcome, stopSaleActive,
                processInstanceId, closedAt);
    }

    private void close(CaseOutcome how, Instant now) {
        stage = Stage.ARCHIVED;
        status = CaseStatus.ARCHIVED;
        outcome = how;
        closedAt = now;
    }

    private void requireStage(Stage expected) {
        requireOpen();
        if (stage != expected) {
            throw new IllegalCaseTransitionException("Case " + caseNo + " is in " + stage + ", not " + expected);
        }
    }

    private void requireOpen() {
        if (status != CaseStatus.OPEN) {
            throw new IllegalCaseTransitionException("Case " + caseNo + " is closed");
        }
    }

    /** The most serious hazard among the failed items: what the classification table looks at. */
    public Hazard worstHazard() {
        return intake.failedItems().stream().map(FailedItem::hazard).min(Comparator.naturalOrder()).orElseThrow();
    }

    public UUID id() { return id; }
    public String caseNo() { return caseNo; }
    public Intake intake() { return intake; }
    public CaseStatus status() { return status; }
    public Stage stage() { return stage; }
    public Track track() { return track; }
    public Track suggestedTrack() { return suggestedTrack; }
    public CaseOutcome outcome() { return outcome; }
    public boolean stopSaleActive() { return stopSaleActive; }
    public String processInstanceId() { return processInstanceId; }
    public Instant closedAt() { return closedAt; }
    public String bureauCode() { return intake.bureauCode(); }
    public String enterpriseUscc() { return intake.sampledEnterprise().uscc(); }
    public LocalDate reportIssuedOn() { return intake.reportIssuedOn(); }
}
