package org.qualityloop.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds codes where a person should read a name (issue 14, item 2): an enumeration's constant (every code the
 * bundles name under {@code option.}, {@code caseStage.}, {@code event.}, {@code outcome.}, {@code hazard.},
 * {@code deadline.}, {@code role.}), an institution's code or a username in the visible text of a page.
 */
public final class RawCodes {

    private static final Pattern KEYED = Pattern.compile(
            "^(?:option\\.[A-Za-z]+|caseStage|event|outcome|hazard|deadline|role|dueState|status)\\.([A-Z][A-Z0-9_]{2,})$");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>|<!--.*?-->");
    private static final Pattern TEXT = Pattern.compile(">([^<]+)<");

    private final Set<String> codes = new TreeSet<>();
    private final Pattern anyCode;

    /** @param otherCodes institution codes and usernames that must not stand for a name */
    public RawCodes(Collection<String> otherCodes) {
        Properties bundle = new Properties();
        try (InputStream in = RawCodes.class.getResourceAsStream("/messages/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : bundle.stringPropertyNames()) {
            Matcher m = KEYED.matcher(key);
            if (m.matches()) {
                codes.add(m.group(1));
            }
        }
        codes.addAll(otherCodes);
        anyCode = Pattern.compile("(?<![A-Za-z0-9_-])(" + String.join("|", codes.stream().map(Pattern::quote).toList())
                + ")(?![A-Za-z0-9_-])");
    }

    /** The codes a page shows in its visible text, each with the text it stands in. */
    public List<String> in(String html) {
        List<String> found = new ArrayList<>();
        Matcher text = TEXT.matcher(SCRIPT.matcher(html).replaceAll(""));
        while (text.find()) {
            String shown = text.group(1).strip();
            if (shown.isEmpty()) {
                continue;
            }
            Matcher code = anyCode.matcher(shown);
            while (code.find()) {
                found.add(code.group(1) + " in \"" + shown + "\"");
            }
        }
        return found;
    }

    public Set<String> codes() {
        return codes;
    }
}
