package org.qualityloop.documents;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.DocumentText;
import org.qualityloop.casefile.IssuedDocument;
import org.qualityloop.identity.Bureaus;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** An issued document laid out as the official paper (GB/T 9704) and as its PDF. */
@Component
public class OfficialDocuments {

    /** Dates on documents in Arabic numerals, as GB/T 9704-2012 §7.3.5.3 has them: 2026年12月2日. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ITemplateEngine templates;
    private final PdfRenderer renderer;
    private final Bureaus bureaus;

    OfficialDocuments(ITemplateEngine templates, PdfRenderer renderer, Bureaus bureaus) {
        this.templates = templates;
        this.renderer = renderer;
        this.bureaus = bureaus;
    }

    public byte[] pdf(CaseFile c, IssuedDocument document) {
        return renderer.render(xhtml(c, document));
    }

    /** For the dossier: merged with attachments that are not PDF/A, so it need not be one either. */
    byte[] dossierPdf(CaseFile c, IssuedDocument document) {
        return renderer.render(xhtml(c, document), false);
    }

    /**
     * A paper of the bureau that is not a case's document (a plan's handling report), laid out the same way: the
     * body is XHTML from a template of its own, every value escaped.
     */
    public byte[] pdf(String bureauCode, String number, String title, String bodyXhtml, java.time.LocalDate date) {
        Context context = new Context(DocumentText.LANGUAGE);
        context.setVariable("letterhead", bureaus.letterheadOf(bureauCode));
        context.setVariable("issuer", bureaus.nameOf(bureauCode));
        context.setVariable("number", number);
        context.setVariable("title", title);
        context.setVariable("html", bodyXhtml);
        context.setVariable("paragraphs", List.of());
        context.setVariable("date", DATE.format(date));
        return renderer.render(templates.process("documents/official", context));
    }

    String xhtml(CaseFile c, IssuedDocument document) {
        Context context = new Context(DocumentText.LANGUAGE);
        context.setVariable("letterhead", bureaus.letterheadOf(c.bureauCode()));
        context.setVariable("issuer", bureaus.nameOf(c.bureauCode()));
        context.setVariable("number", document.number());
        context.setVariable("title", document.title());
        context.setVariable("html", document.bodyHtml());
        context.setVariable("paragraphs", paragraphs(document));
        context.setVariable("date", DATE.format(document.issuedOn()));
        return templates.process("documents/official", context);
    }

    static List<String> paragraphs(IssuedDocument document) {
        return List.of(document.body().split("\n"));
    }
}
