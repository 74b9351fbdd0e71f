package org.qualityloop.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.qualityloop.casefile.Hazard;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.Institutions;

/**
 * A sheet row as a registration: the bureau, the organiser and the institution from their names or codes (the
 * bureau from the enterprise's registration region, the first six digits after the credit code's first two, where the
 * sheet names none, else the uploader's own), and each failed item's hazard class from the sheet or, where the sheet
 * has none, from the item's name.
 */
final class Jurisdiction {

    private static final Pattern CODE = Pattern.compile("\\d{6}");
    /** Marking and instructions are labelling; what can hurt, burn or shock is safety; anything else performance. */
    private static final Pattern LABELLING = Pattern.compile("标志|标识|说明|标签|铭牌|警示语");
    private static final Pattern SAFETY = Pattern.compile(
            "电|燃|防触|安全|有害|甲醛|重金属|铅|镉|阻燃|接地|泄漏|耐热|耐压|机械危险|温升|稳定性|锐利|小零件|可迁移");

    private final Map<String, String> bureauByName = new HashMap<>();
    private final Map<String, String> institutionByName = new HashMap<>();
    /** The registry read once for the sheet, as its names are: a row asked it apart twice more. */
    private final Set<String> bureauCodes;
    private final Set<String> activeInstitutions;
    private final Actor uploader;

    Jurisdiction(Bureaus bureaus, Institutions institutions, Actor uploader) {
        this.uploader = uploader;
        Map<String, String> bureauNames = bureaus.names();
        bureauNames.forEach((code, name) -> {
            bureauByName.put(SheetColumn.fold(name), code);
            bureauByName.put(SheetColumn.fold(name.replace("市场监督管理局", "")), code);
        });
        bureauCodes = Set.copyOf(bureauNames.keySet());
        Map<String, String> institutionNames = institutions.activeNames();
        institutionNames.forEach((code, name) -> institutionByName.put(SheetColumn.fold(name), code));
        activeInstitutions = Set.copyOf(institutionNames.keySet());
    }

    IntakeRequest request(SheetRows.Read row, Map<String, String> defaults) {
        List<IntakeRequest.FailedItemData> items = SheetRows.items(row).stream()
                .map(i -> new IntakeRequest.FailedItemData(i[0], i[1], i[2], hazard(i[3], i[0]))).toList();
        String uscc = row.get(SheetColumn.USCC).toUpperCase(Locale.ROOT);
        String producerUscc = row.get(SheetColumn.PRODUCER_USCC).toUpperCase(Locale.ROOT);
        String bureau = bureau(row.get(SheetColumn.REGION), uscc);
        String organizer = row.get(SheetColumn.ORGANIZER).isBlank() ? bureau : bureauCode(row.get(SheetColumn.ORGANIZER));
        return new IntakeRequest(row.get(SheetColumn.REPORT_NO),
                new IntakeRequest.ProductData(row.get(SheetColumn.PRODUCT), blank(row.get(SheetColumn.MODEL)),
                        blank(row.get(SheetColumn.BATCH)), or(row.get(SheetColumn.CATEGORY), defaults.get("category")),
                        blank(row.get(SheetColumn.TRADEMARK))),
                SheetRows.date(row.get(SheetColumn.SAMPLED_ON)), SheetRows.date(row.get(SheetColumn.REPORTED_ON)),
                items,
                new IntakeRequest.PartyData(uscc, row.get(SheetColumn.ENTERPRISE), blank(row.get(SheetColumn.ADDRESS))),
                // a producer is a party only with its credit code; a name alone cannot be registered
                producerUscc.isBlank() ? null : new IntakeRequest.PartyData(producerUscc, row.get(SheetColumn.PRODUCER),
                        blank(row.get(SheetColumn.PRODUCER_ADDRESS))),
                bureau, organizer, institution(row.get(SheetColumn.INSTITUTION)),
                or(row.get(SheetColumn.PLAN), defaults.get("plan")), false);
    }

    private String bureau(String named, String uscc) {
        if (!named.isBlank()) {
            return bureauCode(named);
        }
        if (uscc.length() == 18 && bureauCodes.contains(uscc.substring(2, 8))) {
            return uscc.substring(2, 8);
        }
        return uploader.bureauCode();
    }

    private String bureauCode(String named) {
        if (CODE.matcher(named).matches()) {
            return named;
        }
        return bureauByName.getOrDefault(SheetColumn.fold(named), named);
    }

    private String institution(String named) {
        if (named.isBlank() || activeInstitutions.contains(named)) {
            return named;
        }
        return institutionByName.getOrDefault(SheetColumn.fold(named), named);
    }

    static String hazard(String given, String item) {
        String g = given == null ? "" : given.strip().toUpperCase(Locale.ROOT);
        for (Hazard h : Hazard.values()) {
            if (g.equals(h.name())) {
                return h.name();
            }
        }
        if (g.startsWith("安全")) {
            return Hazard.SAFETY.name();
        }
        if (g.startsWith("标识") || g.startsWith("标志")) {
            return Hazard.LABELLING.name();
        }
        if (g.startsWith("性能")) {
            return Hazard.PERFORMANCE.name();
        }
        if (LABELLING.matcher(item).find()) {
            return Hazard.LABELLING.name();
        }
        return SAFETY.matcher(item).find() ? Hazard.SAFETY.name() : Hazard.PERFORMANCE.name();
    }

    /** The sheet column an intake field came from, by its usual name. */
    static String columnOf(String field) {
        String f = field.replaceAll("\\[\\d+]", "");
        SheetColumn column = switch (f) {
            case "reportNo" -> SheetColumn.REPORT_NO;
            case "product", "product.name" -> SheetColumn.PRODUCT;
            case "product.model" -> SheetColumn.MODEL;
            case "product.trademark" -> SheetColumn.TRADEMARK;
            case "product.batch" -> SheetColumn.BATCH;
            case "product.category" -> SheetColumn.CATEGORY;
            case "sampledAt" -> SheetColumn.SAMPLED_ON;
            case "reportIssuedAt" -> SheetColumn.REPORTED_ON;
            case "failedItems", "failedItems.item" -> SheetColumn.ITEMS;
            case "failedItems.requirement" -> SheetColumn.REQUIREMENTS;
            case "failedItems.measured" -> SheetColumn.MEASURED;
            case "failedItems.hazard" -> SheetColumn.HAZARD;
            case "sampledEnterprise", "sampledEnterprise.name" -> SheetColumn.ENTERPRISE;
            case "sampledEnterprise.uscc" -> SheetColumn.USCC;
            case "sampledEnterprise.address" -> SheetColumn.ADDRESS;
            case "producer", "producer.name" -> SheetColumn.PRODUCER;
            case "producer.uscc" -> SheetColumn.PRODUCER_USCC;
            case "producer.address" -> SheetColumn.PRODUCER_ADDRESS;
            case "bureauCode" -> SheetColumn.REGION;
            case "organizingBureauCode" -> SheetColumn.ORGANIZER;
            case "institution" -> SheetColumn.INSTITUTION;
            case "spotCheckPlan" -> SheetColumn.PLAN;
            default -> null;
        };
        return column == null ? field : column.usualName();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
