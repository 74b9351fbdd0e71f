package org.qualityloop.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fonts a document may use. The bundled one is Noto Serif SC (SIL Open Font License, {@code fonts/OFL.txt}),
 * TrueType outlines as PDFBox needs them; the CFF-based Noto CJK of Linux distributions cannot be embedded.
 * It is copied out of the jar once so each rendering reads it from disk and embeds only the glyphs it sets.
 */
@Component
class DocumentFonts {

    /** The family the styles fall back to for every character the official fonts lack. */
    static final String BUNDLED_FAMILY = "QL Noto Serif SC";

    private static final Logger log = LoggerFactory.getLogger(DocumentFonts.class);

    private final File bundled;
    private final List<Official> official;

    private record Official(File file, Set<String> families) {
    }

    DocumentFonts(DocumentProperties properties) {
        this.bundled = copyOut("fonts/NotoSerifSC-Regular.ttf");
        this.official = properties.officialFontsDirectory() == null ? List.of()
                : scan(properties.officialFontsDirectory());
    }

    void register(PdfRendererBuilder builder) {
        builder.useFont(bundled, BUNDLED_FAMILY);
        for (Official font : official) {
            for (String family : font.families()) {
                builder.useFont(font.file(), family);
            }
        }
    }

    /** The official families found, for the administrator to see which ones the documents use. */
    List<String> officialFamilies() {
        return official.stream().flatMap(f -> f.families().stream()).toList();
    }

    private static File copyOut(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Path file = Files.createTempFile("qualityloop-font-", ".ttf");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled document font is missing from the build: " + resource, e);
        }
    }

    private static List<Official> scan(Path directory) {
        if (!Files.isDirectory(directory)) {
            log.warn("official fonts directory {} does not exist; documents use the bundled font", directory);
            return List.of();
        }
        List<Official> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                    .sorted().toList()) {
                Set<String> families = new LinkedHashSet<>();
                String stem = file.getFileName().toString().replaceFirst("(?i)\\.ttf$", "");
                families.add(stem);
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    if (font.getNaming() != null && font.getNaming().getFontFamily() != null) {
                        families.add(font.getNaming().getFontFamily());
                    }
                } catch (IOException e) {
                    log.warn("official font {} is not a TrueType font PDFBox can read; skipped", file, e);
                    continue;
                }
                found.add(new Official(file.toFile(), families));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the official fonts directory " + directory, e);
        }
        log.info("official document fonts: {}", found.stream().flatMap(f -> f.families().stream()).toList());
        return found;
    }
}
