package org.qualityloop.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.qualityloop.casefile.Attachments;
import org.qualityloop.casefile.CaseEvent;
import org.qualityloop.casefile.CaseEventType;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.IssuedDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * One case's dossier (卷宗) put together: the cover, the contents with the page each item begins on, every
 * document in issue order, the attachments (PDFs merged, images placed on a page, anything else listed with its
 * SHA-256), the list of attachments and the record of events. Each page carries its dossier page number at the
 * top right, as archivists number a 卷; the documents keep their own page numbers at the foot.
 */
@Component
class Dossier {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** Dates in the contents as DA/T 22 writes them: eight digits. */
    private static final DateTimeFormatter CONTENTS_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif");

    /** A line of the contents. */
    record Entry(String number, String author, String title, String date, int page) {
        Entry at(int p) {
            return new Entry(number, author, title, date, p);
        }
    }

    /** A line of the attachment list. */
    record Listed(String name, String filed, long size, String sha256, String page) {
    }

    /** A line of the record of events. */
    record LogLine(String when, String who, String what) {
    }

    /** What the dossier is made of, read from the case by {@link Dossiers}. */
    record Material(CaseFile caseFile, String letterhead, String issuer, List<IssuedDocument> documents,
                    List<Attachments.Attachment> attachments, Map<java.util.UUID, byte[]> contents,
                    List<CaseEvent> events, Map<String, String> names, Collection<String> handlers,
                    String result, ZoneId zone, LocalDate producedOn) {
    }

    /** A dossier: the PDF and how many pages it has. */
    record Produced(byte[] pdf, int pages) {
    }

    private record Part(Entry entry, byte[] pdf, int pages) {
    }

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final OfficialDocuments official;
    private final PdfRenderer renderer;

    Dossier(ITemplateEngine templates, MessageSource messages, OfficialDocuments official, PdfRenderer renderer) {
        this.templates = templates;
        this.messages = messages;
        this.official = official;
        this.renderer = renderer;
    }

    Produced produce(Material m) {
        List<Part> body = new ArrayList<>();
        // in the order of their dates, as a 卷 is arranged; documents of one day in the order they were issued
        List<IssuedDocument> inOrder = m.documents().stream()
                .sorted(java.util.Comparator.comparing(IssuedDocument::issuedOn)).toList();
        for (IssuedDocument d : inOrder) {
            body.add(part(new Entry(d.number(), m.issuer(), d.title(), CONTENTS_DAY.format(d.issuedOn()), 0),
                    official.dossierPdf(m.caseFile(), d)));
        }
        List<Attachments.Attachment> onlyListed = new ArrayList<>();
        List<String> why = new ArrayList<>();
        List<Integer> attachmentPart = new ArrayList<>();
        for (Attachments.Attachment a : m.attachments()) {
            byte[] content = m.contents().get(a.id());
            Entry entry = new Entry("", m.names().getOrDefault(a.uploadedBy(), a.uploadedBy()),
                    text("dossier.attachment.entry", a.fileName()),
                    CONTENTS_DAY.format(a.uploadedAt().atZone(m.zone())), 0);
            byte[] pdf = null;
            if ("application/pdf".equals(a.contentType())) {
                pdf = readable(content) ? content : null;
            } else if (IMAGES.contains(a.contentType())) {
                pdf = renderer.render(image(a.fileName(), a.sha256(),
                        "data:" + a.contentType() + ";base64," + Base64.getEncoder().encodeToString(content)), false);
            }
            if (pdf == null) {
                onlyListed.add(a);
                why.add("application/pdf".equals(a.contentType()) ? text("dossier.attachment.unreadable")
                        : text("dossier.attachment.listed", extension(a.fileName())));
                attachmentPart.add(-1);
            } else {
                attachmentPart.add(body.size());
                body.add(part(entry, pdf));
            }
        }

        // the front's length depends only on how many lines the contents have, so it is measured once with
        // placeholder pages; the records' pages are known once the front's and the body's are
        Entry listEntry = new Entry("", m.issuer(), text("dossier.attachments"), CONTENTS_DAY.format(m.producedOn()), 0);
        Entry logEntry = new Entry("", m.issuer(), text("dossier.log"), CONTENTS_DAY.format(m.producedOn()), 0);
        List<Entry> placeholders = new ArrayList<>(body.stream().map(Part::entry).toList());
        placeholders.add(listEntry);
        placeholders.add(logEntry);
        int frontPages = pages(renderer.render(front(m, placeholders, 9999), false));

        int next = frontPages + 1;
        List<Entry> entries = new ArrayList<>();
        List<Part> numbered = new ArrayList<>();
        for (Part p : body) {
            Entry e = p.entry().at(next);
            entries.add(e);
            numbered.add(new Part(e, p.pdf(), p.pages()));
            next += p.pages();
        }
        List<Listed> listed = new ArrayList<>();
        for (int i = 0; i < m.attachments().size(); i++) {
            Attachments.Attachment a = m.attachments().get(i);
            int at = attachmentPart.get(i);
            String page = at >= 0 ? String.valueOf(numbered.get(at).entry().page())
                    : why.get(onlyListed.indexOf(a));
            listed.add(new Listed(a.fileName(), m.names().getOrDefault(a.uploadedBy(), a.uploadedBy()) + " "
                    + MINUTE.format(a.uploadedAt().atZone(m.zone())), a.size(), a.sha256(), page));
        }
        Part list = part(listEntry.at(next), renderer.render(records("listing", true, "attachments", listed), false));
        next += list.pages();
        Part log = part(logEntry.at(next), renderer.render(records("listing", false, "log", logLines(m)), false));
        next += log.pages();
        entries.add(list.entry());
        entries.add(log.entry());
        numbered.add(list);
        numbered.add(log);

        byte[] front = renderer.render(front(m, entries, next - 1), false);
        if (pages(front) != frontPages) {
            throw new IllegalStateException("the dossier's contents changed length when numbered");
        }
        return merge(front, numbered, next - 1);
    }

    private String front(Material m, List<Entry> entries, int totalPages) {
        Context context = context();
        context.setVariable("caseFile", m.caseFile());
        context.setVariable("party", m.caseFile().intake().sampledEnterprise());
        context.setVariable("product", m.caseFile().intake().product());
        context.setVariable("letterhead", m.letterhead());
        context.setVariable("issuer", m.issuer());
        context.setVariable("result", m.result());
        LocalDate from = m.caseFile().intake().registeredOn();
        context.setVariable("dates", DAY.format(from) + " — " + (m.caseFile().closedAt() == null ? text("dossier.open")
                : DAY.format(m.caseFile().closedAt().atZone(m.zone()))));
        context.setVariable("handlers", String.join("、", m.handlers().stream()
                .map(h -> m.names().getOrDefault(h, h)).toList()));
        context.setVariable("entries", entries);
        context.setVariable("totalPages", String.valueOf(totalPages));
        context.setVariable("produced", DAY.format(m.producedOn()));
        return templates.process("documents/dossier-front", context);
    }

    private String image(String name, String sha256, String dataUri) {
        Context context = context();
        context.setVariable("name", name);
        context.setVariable("sha256", sha256);
        context.setVariable("source", dataUri);
        return templates.process("documents/dossier-image", context);
    }

    private String records(String flag, boolean listing, String name, List<?> rows) {
        Context context = context();
        context.setVariable(flag, listing);
        context.setVariable(name, rows);
        return templates.process("documents/dossier-records", context);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, DocumentText.LANGUAGE);
    }

    private static Context context() {
        return new Context(DocumentText.LANGUAGE);
    }

    private List<LogLine> logLines(Material m) {
        return m.events().stream()
                .map(e -> new LogLine(MINUTE.format(e.occurredAt().atZone(m.zone())),
                        "system".equals(e.actor()) ? text("actor.system")
                                : m.names().getOrDefault(e.actor(), e.actor()),
                        describe(e)))
                .toList();
    }

    private String describe(CaseEvent e) {
        String type = text("event." + e.type().name());
        String task = e.taskKey() == null ? "" : text("task.name." + e.taskKey());
        String detail;
        if (e.type() == CaseEventType.STAGE_ENTERED && e.after() != null) {
            detail = stages(e.after());
        } else if (e.summary() == null || e.summary().matches("[A-Z_ →]+") || e.summary().equals(task)
                || e.summary().equals(type)) {
            detail = "";
        } else {
            detail = e.summary();
        }
        return type + (task.isEmpty() ? "" : " · " + task) + (detail.isEmpty() ? "" : "：" + detail);
    }

    /** A stage change by the stages' names: 登记 → 结果送达. */
    private String stages(String json) {
        try {
            JsonNode change = JSON.readTree(json);
            return text("caseStage." + change.path("from").asText()) + " → " + text("caseStage." + change.path("to").asText());
        } catch (IOException e) {
            return "";
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }

    private Part part(Entry entry, byte[] pdf) {
        return new Part(entry, pdf, pages(pdf));
    }

    private static boolean readable(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return !d.isEncrypted() && d.getNumberOfPages() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static int pages(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("a part of the dossier is not a PDF", e);
        }
    }

    private static Produced merge(byte[] front, List<Part> parts, int total) {
        try (PDDocument dossier = Loader.loadPDF(front)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Part p : parts) {
                try (PDDocument source = Loader.loadPDF(p.pdf())) {
                    source.getDocumentCatalog().setDocumentOutline(null);
                    merger.appendDocument(dossier, source);
                }
            }
            if (dossier.getNumberOfPages() != total) {
                throw new IllegalStateException("dossier has " + dossier.getNumberOfPages() + " pages, contents say " + total);
            }
            // the contents again as bookmarks, so a reader jumps to an item as the archivist would turn to it
            PDDocumentOutline outline = new PDDocumentOutline();
            int row = 0;
            for (Part p : parts) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(++row + " " + p.entry().title() + (p.entry().number().isEmpty() ? "" : " " + p.entry().number()));
                item.setDestination(dossier.getPage(p.entry().page() - 1));
                outline.addLast(item);
            }
            dossier.getDocumentCatalog().setDocumentOutline(outline);
            PDType1Font digits = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int n = 0;
            for (PDPage page : dossier.getPages()) {
                n++;
                PDRectangle box = page.getMediaBox();
                try (PDPageContentStream stamp = new PDPageContentStream(dossier, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = String.valueOf(n);
                    float width = digits.getStringWidth(text) / 1000 * 12;
                    stamp.beginText();
                    stamp.setFont(digits, 12);
                    stamp.newLineAtOffset(box.getUpperRightX() - 20 * MM - width, box.getUpperRightY() - 15 * MM);
                    stamp.showText(text);
                    stamp.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            dossier.save(out);
            return new Produced(out.toByteArray(), n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the dossier together", e);
        }
    }

    private static final float MM = 72f / 25.4f;

    /** The people who acted on the case for the bureau, in the order they first did. */
    static Collection<String> handlers(List<CaseEvent> events, Set<String> staff) {
        Set<String> seen = new LinkedHashSet<>();
        events.stream().map(CaseEvent::actor).filter(staff::contains).forEach(seen::add);
        return seen;
    }
}
