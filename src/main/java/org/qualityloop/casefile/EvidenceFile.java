package org.qualityloop.casefile;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.qualityloop.forms.Texts;

/**
 * A file a user hands in as evidence, checked before anything is stored: a document or image type by
 * name and by content (a renamed executable is refused), within the size limit. A photo from the phone's camera
 * carries the time the phone says it was taken ({@code takenAt}, null when not known).
 */
public record EvidenceFile(String fileName, String contentType, byte[] content, java.time.Instant takenAt)
        implements java.io.Serializable {

    public EvidenceFile(String fileName, String contentType, byte[] content) {
        this(fileName, contentType, content, null);
    }

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** As long as the column that keeps the name (attachment.file_name). */
    public static final int MAX_NAME = 255;

    private static final Set<String> EXTENSIONS = Set.of("pdf", "png", "jpg", "jpeg", "doc", "docx", "xls", "xlsx");

    /** The message key of what is wrong with the file, or null if it may be filed. */
    public String problem() {
        if (fileName == null || fileName.isBlank() || fileName.length() > MAX_NAME || !Texts.clean(fileName)) {
            return "attachment.name";
        }
        if (content.length == 0) {
            return "attachment.empty";
        }
        if (content.length > MAX_BYTES) {
            return "attachment.tooLarge";
        }
        String extension = extension();
        if (!EXTENSIONS.contains(extension) || !contentMatches(extension)) {
            return "attachment.type";
        }
        return null;
    }

    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private boolean contentMatches(String extension) {
        String head = HexFormat.of().formatHex(content, 0, Math.min(8, content.length)).toUpperCase(Locale.ROOT);
        return switch (extension) {
            case "pdf" -> head.startsWith("25504446");
            case "png" -> head.startsWith("89504E47");
            case "jpg", "jpeg" -> head.startsWith("FFD8FF");
            case "doc", "xls" -> head.startsWith("D0CF11E0");
            case "docx", "xlsx" -> head.startsWith("504B0304");
            default -> false;
        };
    }

    /** The type we serve it back as: from the checked extension, never from what the browser claimed. */
    public String servedType() {
        return switch (extension()) {
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "doc" -> "application/msword";
            case "xls" -> "application/vnd.ms-excel";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "application/octet-stream";
        };
    }
}
