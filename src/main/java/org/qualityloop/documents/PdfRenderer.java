package org.qualityloop.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF on openhtmltopdf's PDFBox line: A4 from the page's own {@code @page} rule, fonts embedded as
 * subsets, PDF/A-3b so the document can be archived as it was issued.
 */
@Component
class PdfRenderer {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final DocumentFonts fonts;

    PdfRenderer(DocumentFonts fonts) {
        this.fonts = fonts;
        // the renderer reports its timings at INFO on the JDK logger for every page; warnings are what matters
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    byte[] render(String xhtml) {
        return render(xhtml, true);
    }

    /** Parts of a dossier are merged with attachments that are not PDF/A, so they need not be either. */
    byte[] render(String xhtml, boolean archival) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        fonts.register(builder);
        if (archival) {
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
            builder.useColorProfile(SRGB);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the document as PDF", e);
        }
        return out.toByteArray();
    }
}
