package org.qualityloop.documents;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the official fonts are, if the bureau has them (仿宋_GB2312, 方正小标宋 and the like are licensed per
 * installation, so none ships): every TrueType file in the directory is registered under its family name, and
 * the documents' styles name them first. Without them the bundled Noto Serif SC sets every character.
 */
@ConfigurationProperties("qualityloop.documents")
public record DocumentProperties(Path officialFontsDirectory, @DefaultValue("true") boolean dossierAtArchive) {
}
