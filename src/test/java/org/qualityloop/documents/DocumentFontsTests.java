package org.qualityloop.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/** A bureau's licensed fonts are taken from its directory by file and family name; anything else is left out. */
class DocumentFontsTests {

    @Test
    void officialFontsInTheConfiguredDirectoryAreRegisteredByFileAndFamilyName(@TempDir Path dir) throws Exception {
        try (InputStream font = new ClassPathResource("fonts/NotoSerifSC-Regular.ttf").getInputStream()) {
            Files.copy(font, dir.resolve("仿宋_GB2312.ttf"));
        }
        Files.writeString(dir.resolve("broken.ttf"), "not a font");
        Files.writeString(dir.resolve("readme.txt"), "licensed fonts go here");

        DocumentFonts fonts = new DocumentFonts(new DocumentProperties(dir, true));

        assertThat(fonts.officialFamilies()).containsExactly("仿宋_GB2312", "Noto Serif SC");
    }

    @Test
    void withoutADirectoryOnlyTheBundledFontIsUsed() {
        assertThat(new DocumentFonts(new DocumentProperties(null, true)).officialFamilies()).isEmpty();
        assertThat(new DocumentFonts(new DocumentProperties(Path.of("/nonexistent/fonts"), true)).officialFamilies())
                .isEmpty();
    }
}
