package org.qualityloop.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseAccess;
import org.qualityloop.casefile.CaseDeadline;
import org.qualityloop.casefile.CaseDeadlines;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.DocumentKind;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Penalty decisions under the ordinary procedure, listed for the enterprise credit publicity system with what
 * 市场监督管理行政处罚信息公示规定 asks for (decision number, party, type of violation, penalty, deciding body and
 * date), each with its publicity deadline (a deadline rule like any other) and the day it was made public.
 */
@Service
public class PenaltyPublicity {

    /** One decision as the publicity system takes it. */
    public record Entry(UUID caseId, String caseNo, String decisionNo, String party, String uscc, String violation,
                        String penalty, String body, LocalDate decidedOn, LocalDate dueOn, LocalDate publicizedOn) {
    }

    private final JdbcClient jdbc;
    private final CaseFiles cases;
    private final CaseAccess access;
    private final Documents documents;
    private final CaseDeadlines deadlines;
    private final Bureaus bureaus;

    PenaltyPublicity(JdbcClient jdbc, CaseFiles cases, CaseAccess access, Documents documents, CaseDeadlines deadlines,
                     Bureaus bureaus) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.access = access;
        this.documents = documents;
        this.deadlines = deadlines;
        this.bureaus = bureaus;
    }

    /** The decisions in the actor's scope, those still to be made public first, then the newest. */
    public List<Entry> list(Actor actor) {
        requireStaff(actor);
        List<Object[]> decided = jdbc.sql("""
                select case_id, decided_on, fine_amount, legal_articles, publicized_on from penalty_case
                where decided_on is not null order by decided_on desc""")
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3), rs.getString(4), rs.getObject(5, LocalDate.class)})
                .list();
        return decided.stream()
                .map(row -> cases.findById((UUID) row[0]).filter(c -> access.canSee(actor, c))
                        .map(c -> entry(c, (LocalDate) row[1], (BigDecimal) row[2], (String) row[3], (LocalDate) row[4])))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Entry e) -> e.publicizedOn() != null)
                        .thenComparing(Entry::decidedOn, Comparator.reverseOrder()))
                .toList();
    }

    /** Records the day the decision was made public; its publicity deadline is met that day. */
    @Transactional
    public void publicized(Actor actor, UUID caseId, LocalDate on) {
        requireStaff(actor);
        CaseFile c = access.visible(actor, caseId);
        LocalDate decided = jdbc.sql("select decided_on from penalty_case where case_id = ?").param(caseId)
                .query(LocalDate.class).optional().orElse(null);
        FieldErrors errors = new FieldErrors();
        if (decided == null) {
            errors.reject("publicizedOn", "publicity.notDecided");
        } else if (on == null || on.isBefore(decided)) {
            errors.reject("publicizedOn", "publicity.beforeDecision", decided.toString());
        }
        errors.throwIfAny();
        jdbc.sql("update penalty_case set publicized_on = ?, publicized_by = ? where case_id = ?")
                .params(on, actor.username(), c.id()).update();
        deadlines.met(c.id(), Step.PENALTY_PUBLICITY, on);
    }

    private Entry entry(CaseFile c, LocalDate decidedOn, BigDecimal fine, String articles, LocalDate publicizedOn) {
        String decisionNo = documents.list(c.id()).stream().filter(d -> d.kind() == DocumentKind.PENALTY_DECISION)
                .map(IssuedDocument::number).reduce((a, b) -> b).orElse("");
        LocalDate due = deadlines.list(c.id()).stream().filter(d -> d.step() == Step.PENALTY_PUBLICITY)
                .map(CaseDeadline::dueOn).findFirst().orElse(null);
        return new Entry(c.id(), c.caseNo(), decisionNo, c.intake().sampledEnterprise().name(), c.enterpriseUscc(),
                articles, fine == null ? "" : fine.stripTrailingZeros().toPlainString(), bureaus.nameOf(c.bureauCode()),
                decidedOn, due, publicizedOn);
    }

    private static void requireStaff(Actor actor) {
        if (!(actor.is(Role.HANDLER) || actor.is(Role.SUPERVISOR) || actor.is(Role.ADMIN))) {
            throw new AccessDeniedException("Penalty publicity is the bureaus'");
        }
    }
}
