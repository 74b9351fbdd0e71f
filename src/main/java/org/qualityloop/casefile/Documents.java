package org.qualityloop.casefile;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.KnownCodes;
import org.qualityloop.transactions.BeforeCommitWrites;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Issues documents on a case, numbered per bureau, kind and year: {@code 370983检告〔2026〕12号}, the bureau's
 * prefix being its code unless the administrator set another.
 */
@Repository
public class Documents {

    private final JdbcClient jdbc;
    private final NumberSequences numbers;
    private final BusinessClock clock;
    private final CaseEvents events;
    private final KnownCodes codes;
    private final ITemplateEngine templates;
    private final org.springframework.context.ApplicationEventPublisher published;
    private final BeforeCommitWrites beforeCommit;

    private static final String INSERT_INTO =
            "insert into document (id, case_id, kind, doc_no, title, issued_on, body, body_html, issued_by, issued_at)";

    Documents(JdbcClient jdbc, NumberSequences numbers, BusinessClock clock, CaseEvents events, KnownCodes codes,
              ITemplateEngine templates, org.springframework.context.ApplicationEventPublisher published,
              BeforeCommitWrites beforeCommit) {
        this.beforeCommit = beforeCommit;
        this.published = published;
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.clock = clock;
        this.events = events;
        this.codes = codes;
        this.templates = templates;
    }

    /** Numbers, dates and files the document, its text from the template of its kind filled from the case. */
    public IssuedDocument issue(CaseFile c, LocalDate issuedOn, String actor, DocumentText text) {
        DocumentKind kind = text.kind();
        int seq = numbers.next(c.bureauCode(), kind.name(), issuedOn.getYear());
        KnownCodes.Naming naming = naming(c);
        String number = naming.issuer().numberPrefix() + kind.abbreviation() + "〔" + issuedOn.getYear() + "〕" + seq
                + "号";
        String html = render(c, naming, number, issuedOn, text);
        String body = plain(html);
        IssuedDocument doc = new IssuedDocument(UUID.randomUUID(), kind, number, kind.title(), issuedOn, body, html,
                actor, null);
        // written with the transaction's other rows just before its commit: a round trip of about thirty in a
        // completion that issues a notice (docs/performance.md, nineteenth session)
        beforeCommit.insert(INSERT_INTO, List.<Object[]>of(new Object[] {doc.id(), c.id(), kind.name(), number,
                kind.title(), issuedOn, body, html, actor, Timestamp.from(clock.now())}));
        events.append(c.id(), actor, null, null, CaseEventType.DOCUMENT_ISSUED, kind.title() + " " + number, null,
                java.util.Map.of("kind", kind.name(), "number", number, "issuedOn", issuedOn.toString()));
        published.publishEvent(new DocumentIssued(c.id(), c.enterpriseUscc(), doc.id(), kind, kind.title(), number,
                text.partyDueOn()));
        return doc;
    }

    /** The text a document would have if issued today, word for word (what an approval approves). */
    public String preview(CaseFile c, DocumentText text) {
        return plain(render(c, naming(c), "", clock.today(), text));
    }

    private KnownCodes.Naming naming(CaseFile c) {
        return codes.naming(c.bureauCode(), c.intake().organizingBureauCode(), c.intake().institution());
    }

    /**
     * The kind's template filled: the step's own values, and what every document may name, the case, its party,
     * producer, product and failed items, the bureau, the organising bureau and institution by name, the bodies
     * for review and suit, the officers acting, the document's number and date.
     */
    private String render(CaseFile c, KnownCodes.Naming naming, String number, LocalDate issuedOn, DocumentText text) {
        Context context = new Context(DocumentText.LANGUAGE);
        CaseFile.Intake in = c.intake();
        context.setVariable("caseFile", c);
        context.setVariable("intake", in);
        context.setVariable("party", in.sampledEnterprise());
        context.setVariable("producer", in.producer());
        context.setVariable("product", in.product());
        context.setVariable("items", in.failedItems());
        context.setVariable("bureau", naming.issuer().name());
        context.setVariable("organizer", naming.organizer());
        context.setVariable("institution", naming.institution());
        context.setVariable("remedies", naming.issuer().remedies());
        context.setVariable("officers", text.officers());
        context.setVariable("number", number);
        context.setVariable("issuedOn", issuedOn);
        context.setVariable("variant", text.variant());
        text.values().forEach(context::setVariable);
        return templates.process(text.template(), Set.of("body"), context).strip();
    }

    /** The document as plain text, a line per paragraph or table row: for search, the API and older readers. */
    static String plain(String html) {
        String lines = html.replaceAll("(?i)</(p|tr|h2|h3|li|div)>", "\n").replaceAll("(?i)</t[dh]>", " ")
                .replaceAll("<[^>]+>", "");
        return java.util.Arrays.stream(HtmlUtils.htmlUnescape(lines).split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty()).collect(java.util.stream.Collectors.joining("\n"));
    }

    public List<IssuedDocument> list(UUID caseId) {
        beforeCommit.writeNow(INSERT_INTO);
        return jdbc.sql("""
                select id, kind, doc_no, title, issued_on, body, body_html, issued_by, acknowledged_at from document
                where case_id = ? order by issued_at, doc_no""")
                .param(caseId).query(Documents::row).list();
    }

    /**
     * The one rule of who reads which document: staff read every document of a case in scope; a party reads
     * only what was served on it, never internal papers such as the filing approval form: the enterprise the
     * notices and decisions, a re-test institution the re-test notice.
     */
    public static boolean visibleTo(Actor actor, IssuedDocument document) {
        return switch (actor.role()) {
            case ENTERPRISE -> document.kind().servedOnParty();
            case INSTITUTION -> document.kind() == DocumentKind.RETEST_NOTICE;
            default -> true;
        };
    }

    /** The case's documents that the actor may read, in issue order. */
    public List<IssuedDocument> visibleTo(Actor actor, UUID caseId) {
        return list(caseId).stream().filter(d -> visibleTo(actor, d)).toList();
    }

    /** One document of the case, if the actor may read it. */
    public java.util.Optional<IssuedDocument> findVisible(Actor actor, UUID caseId, UUID id) {
        return find(caseId, id).filter(d -> visibleTo(actor, d));
    }

    /** The documents of many cases that the actor may read, in one query, by case id, each in issue order. */
    public java.util.Map<UUID, List<IssuedDocument>> visibleTo(Actor actor, java.util.Collection<UUID> caseIds) {
        java.util.Map<UUID, List<IssuedDocument>> byCase = listByCase(caseIds);
        byCase.replaceAll((id, docs) -> docs.stream().filter(d -> visibleTo(actor, d)).toList());
        return byCase;
    }

    /** The documents of many cases in one query, by case id, each list in issue order. */
    private java.util.Map<UUID, List<IssuedDocument>> listByCase(java.util.Collection<UUID> caseIds) {
        java.util.Map<UUID, List<IssuedDocument>> byCase = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        beforeCommit.writeNow(INSERT_INTO);
        jdbc.sql("""
                select id, kind, doc_no, title, issued_on, body, body_html, issued_by, acknowledged_at, case_id
                from document where case_id in (:cases) order by issued_at, doc_no""")
                .param("cases", caseIds)
                .query((rs, n) -> byCase.computeIfAbsent(rs.getObject(10, UUID.class), id -> new java.util.ArrayList<>())
                        .add(row(rs, n)))
                .list();
        return byCase;
    }

    public java.util.Optional<IssuedDocument> find(UUID caseId, UUID id) {
        beforeCommit.writeNow(INSERT_INTO);
        return jdbc.sql("""
                select id, kind, doc_no, title, issued_on, body, body_html, issued_by, acknowledged_at from document
                where case_id = ? and id = ?""")
                .params(caseId, id).query(Documents::row).optional();
    }

    /**
     * The party opened a notice served on it: the first opening is its acknowledgement of receipt, recorded
     * once. Returns whether this call recorded it.
     */
    public boolean acknowledge(UUID caseId, IssuedDocument doc, String actor) {
        beforeCommit.writeNow(INSERT_INTO);
        int updated = jdbc.sql("update document set acknowledged_at = ?, acknowledged_by = ? where id = ? and acknowledged_at is null")
                .params(Timestamp.from(clock.now()), actor, doc.id()).update();
        if (updated == 1) {
            events.append(caseId, actor, null, null, CaseEventType.DOCUMENT_ACKNOWLEDGED, doc.title() + " " + doc.number(), null,
                    java.util.Map.of("number", doc.number()));
        }
        return updated == 1;
    }

    private static IssuedDocument row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp acknowledged = rs.getTimestamp(9);
        return new IssuedDocument(rs.getObject(1, UUID.class), DocumentKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                acknowledged == null ? null : acknowledged.toInstant());
    }
}
