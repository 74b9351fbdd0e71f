package org.qualityloop.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.qualityloop.exports.Export;
import org.qualityloop.paging.Paged;
import org.qualityloop.publication.PublicOutcome;
import org.qualityloop.publication.PublicQuery;
import org.qualityloop.publication.PublishedEntries;
import org.qualityloop.publication.PublishedEntry;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The published entries as open data, with the page's filters: {@code /public/entries.json} (paged),
 * {@code /public/entries.csv} (all, UTF-8 with BOM) and the Atom feed {@code /public/feed.atom} (the newest 50).
 */
@RestController
class OpenData {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final int FEED_SIZE = 50;

    private final PublishedEntries entries;
    private final MessageSource messages;

    OpenData(PublishedEntries entries, MessageSource messages) {
        this.entries = entries;
        this.messages = messages;
    }

    @Operation(summary = "Published entries as open data (anonymous, paged, cacheable)",
            responses = @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
                    {"total": 1, "page": 0, "pages": 1, "entries": [{"id": "5b1e…", "product": "电热水壶",
                      "model": "KE-1701", "batch": "20260801", "category": "家用电器", "enterprise": "杭州示例电器有限公司",
                      "uscc": "91330106MA2H4K7P16", "producer": null, "failedItems": "泄漏电流",
                      "institution": "山东省产品质量检验研究院", "bureau": "肥城市市场监督管理局", "outcome": "RECTIFIED",
                      "outcomeName": "责令整改，复查合格", "decisionNo": null, "handling": "责令整改，复查合格",
                      "sampledOn": "2026-08-20", "publishedOn": "2026-12-31"}]}"""))))
    @GetMapping(value = "/public/entries.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(@RequestParam(required = false) String q,
                                             @RequestParam(required = false) Integer year,
                                             @RequestParam(required = false) String bureau,
                                             @RequestParam(required = false) String category,
                                             @RequestParam(required = false) PublicOutcome outcome,
                                             @RequestParam(defaultValue = "0") int page, ServletWebRequest request) {
        java.time.Instant changed = entries.lastChanged();
        if (request.checkNotModified(changed.toEpochMilli())) {
            return null;
        }
        Paged<PublishedEntry> found = entries.search(new PublicQuery(q, year, bureau, category, outcome), page,
                PublicPages.PAGE_SIZE, changed);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.total());
        body.put("page", found.page());
        body.put("pages", found.pages());
        body.put("entries", found.rows().stream().map(this::open).toList());
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePublic()).body(body);
    }

    @Operation(summary = "Published entries as CSV (anonymous, UTF-8 with BOM)")
    @GetMapping("/public/entries.csv")
    void csv(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
             @RequestParam(required = false) String bureau, @RequestParam(required = false) String category,
             @RequestParam(required = false) PublicOutcome outcome, HttpServletResponse response) throws IOException {
        List<String> headers = List.of("public.col.product", "public.col.model", "public.col.trademark", "public.col.batch",
                "public.col.category", "public.col.enterprise", "public.col.uscc", "public.col.producer",
                "public.col.items", "public.col.institution", "public.col.bureau", "public.col.outcome",
                "public.col.decisionNo", "public.col.handling", "public.col.sampledOn", "public.col.publishedOn")
                .stream().map(key -> messages.getMessage(key, null, CHINESE)).toList();
        Export.write(response, Export.Format.CSV, "public-entries", headers, row -> entries.each(
                new PublicQuery(q, year, bureau, category, outcome), e -> row.accept(List.<Object>of(
                        e.productName(), nz(e.model()), nz(e.trademark()), nz(e.batch()), nz(e.category()), e.enterpriseName(),
                        e.enterpriseUscc(), nz(e.producerName()), e.failedItems(), e.institutionName(), e.bureauName(),
                        outcomeName(e), nz(e.decisionNo()), e.handlingSummary(), String.valueOf(e.sampledOn()),
                        String.valueOf(e.publishedOn())))));
    }

    @Operation(summary = "The newest published entries as an Atom feed (anonymous)")
    @GetMapping(value = "/public/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    ResponseEntity<String> atom(ServletWebRequest request) {
        java.time.Instant changed = entries.lastChanged();
        if (request.checkNotModified(changed.toEpochMilli())) {
            return null;
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        List<PublishedEntry> newest = new ArrayList<>(entries.search(PublicQuery.all(), 0, FEED_SIZE, changed).rows());
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(xml, "title", messages.getMessage("public.title", null, CHINESE));
            element(xml, "id", base + "/public");
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(changed));
            link(xml, base + "/public", "alternate");
            link(xml, base + "/public/feed.atom", "self");
            for (PublishedEntry e : newest) {
                xml.writeStartElement("entry");
                element(xml, "title", e.enterpriseName() + " · " + e.productName());
                element(xml, "id", "urn:uuid:" + e.publicId());
                element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(e.changedAt() != null ? e.changedAt()
                        : e.publishedOn().atStartOfDay().toInstant(ZoneOffset.ofHours(8))));
                link(xml, base + "/public/entries/" + e.publicId(), "alternate");
                element(xml, "summary", messages.getMessage("public.feed.summary", new Object[] {e.productName(),
                        e.enterpriseName(), e.failedItems(), outcomeName(e), e.handlingSummary()}, CHINESE));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write the feed", e));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePublic()).body(out.toString());
    }

    /** An entry as open data: what the public page shows, under stable field names. */
    private Map<String, Object> open(PublishedEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.publicId());
        m.put("product", e.productName());
        m.put("model", e.model());
        m.put("batch", e.batch());
        m.put("trademark", e.trademark());
        m.put("category", e.category());
        m.put("enterprise", e.enterpriseName());
        m.put("uscc", e.enterpriseUscc());
        m.put("producer", e.producerName());
        m.put("failedItems", e.failedItems());
        m.put("institution", e.institutionName());
        m.put("bureau", e.bureauName());
        m.put("outcome", e.outcome());
        m.put("outcomeName", outcomeName(e));
        m.put("decisionNo", e.decisionNo());
        m.put("handling", e.handlingSummary());
        m.put("sampledOn", e.sampledOn());
        m.put("publishedOn", e.publishedOn());
        return m;
    }

    private String outcomeName(PublishedEntry e) {
        return e.outcome() == null ? "" : messages.getMessage("public.outcome." + e.outcome().name(), null, CHINESE);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
