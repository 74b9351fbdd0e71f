package org.qualityloop.documents;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.Attachments;
import org.qualityloop.casefile.CaseArchived;
import org.qualityloop.casefile.CaseEvent;
import org.qualityloop.casefile.CaseEvents;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.casefile.CaseNotFoundException;
import org.qualityloop.casefile.CaseStatus;
import org.qualityloop.casefile.Documents;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The dossiers of cases: produced and kept when a case is archived (its closed record, as it was closed), and
 * produced on demand for a case still open. A kept dossier is never produced again or replaced.
 */
@Service
public class Dossiers {

    private static final Logger log = LoggerFactory.getLogger(Dossiers.class);

    /** A dossier as served: its PDF, its pages and whether it is the one kept at archiving. */
    public record Copy(byte[] pdf, int pages, String sha256, boolean kept) {
    }

    private final JdbcClient jdbc;
    private final Dossier dossier;
    private final CaseFiles cases;
    private final Documents documents;
    private final Attachments attachments;
    private final CaseEvents events;
    private final UserAccounts users;
    private final Bureaus bureaus;
    private final BusinessClock clock;
    private final MessageSource messages;
    private final DocumentProperties properties;

    Dossiers(JdbcClient jdbc, Dossier dossier, CaseFiles cases, Documents documents, Attachments attachments,
             CaseEvents events, UserAccounts users, Bureaus bureaus, BusinessClock clock, MessageSource messages,
             DocumentProperties properties) {
        this.jdbc = jdbc;
        this.dossier = dossier;
        this.cases = cases;
        this.documents = documents;
        this.attachments = attachments;
        this.events = events;
        this.users = users;
        this.bureaus = bureaus;
        this.clock = clock;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * The dossier of a case the caller may read in full: the kept one of an archived case (kept now if archiving
     * could not), a fresh one of an open case.
     */
    @Transactional
    public Copy of(CaseFile c) {
        Optional<Copy> kept = kept(c.id());
        if (kept.isPresent()) {
            return kept.get();
        }
        Dossier.Produced produced = dossier.produce(material(c));
        return c.status() == CaseStatus.ARCHIVED ? keep(c, produced)
                : new Copy(produced.pdf(), produced.pages(), Attachments.sha256(produced.pdf()), false);
    }

    /**
     * Kept once the archiving has committed, in a transaction of its own: a dossier that cannot be produced must
     * not undo the archiving, and is produced on the first request instead.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onArchived(CaseArchived archived) {
        if (!properties.dossierAtArchive()) {
            return;
        }
        try {
            CaseFile c = cases.findById(archived.caseId()).orElseThrow(() -> new CaseNotFoundException(archived.caseId()));
            if (kept(c.id()).isEmpty()) {
                keep(c, dossier.produce(material(c)));
            }
        } catch (RuntimeException e) {
            log.error("dossier of archived case {} not produced at archiving; it will be on first request",
                    archived.caseId(), e);
        }
    }

    /** Whether the case's dossier was kept at archiving. */
    public boolean isKept(UUID caseId) {
        return jdbc.sql("select count(*) from dossier where case_id = ?").param(caseId).query(Integer.class).single() > 0;
    }

    private Optional<Copy> kept(UUID caseId) {
        return jdbc.sql("select content, pages, sha256 from dossier where case_id = ?").param(caseId)
                .query((rs, n) -> new Copy(rs.getBytes(1), rs.getInt(2), rs.getString(3), true)).optional();
    }

    private Copy keep(CaseFile c, Dossier.Produced produced) {
        String sha256 = Attachments.sha256(produced.pdf());
        jdbc.sql("""
                insert into dossier (id, case_id, produced_at, pages, size_bytes, sha256, content)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), c.id(), Timestamp.from(clock.now()), produced.pages(),
                        produced.pdf().length, sha256, produced.pdf())
                .update();
        return new Copy(produced.pdf(), produced.pages(), sha256, true);
    }

    private Dossier.Material material(CaseFile c) {
        List<CaseEvent> log = events.list(c.id());
        List<Attachments.Attachment> filed = attachments.list(c.id());
        Map<UUID, byte[]> contents = new LinkedHashMap<>();
        filed.forEach(a -> contents.put(a.id(), attachments.content(a.id())));
        List<String> people = Stream.concat(log.stream().map(CaseEvent::actor),
                filed.stream().map(Attachments.Attachment::uploadedBy)).distinct().toList();
        Map<String, String> names = users.displayNames(people);
        String result = c.outcome() == null ? messages.getMessage("caseStage." + c.stage().name(), null, DocumentText.LANGUAGE)
                : messages.getMessage("outcome." + c.outcome().name(), null, DocumentText.LANGUAGE);
        return new Dossier.Material(c, bureaus.letterheadOf(c.bureauCode()), bureaus.nameOf(c.bureauCode()),
                documents.list(c.id()), filed, contents, log, names,
                Dossier.handlers(log, users.bureauStaff(people)), result, clock.zone(), clock.today());
    }
}
