package org.qualityloop.intake;

import static org.qualityloop.forms.FormField.choice;
import static org.qualityloop.forms.FormField.plainDate;
import static org.qualityloop.forms.FormField.text;
import static org.qualityloop.forms.FormField.yesNo;

import java.util.List;
import org.qualityloop.casefile.Hazard;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormValues;

/**
 * Registration, declared once: the page reads it field by field, and the API's request is held to the same
 * limits ({@link #textsOf}), which are the widths of the columns the case keeps them in. By hand, in the one
 * form pattern: the inputs are named like the API's JSON paths, so the
 * validator's messages land next to them, and the failed items are repeated rows {@code failedItems[i].item}.
 * The form checks presence, types and lengths; {@link IntakeValidator} checks the rest, as for the API.
 */
public final class RegistrationForm {

    public static final Form FORM = Form.of(
            text("reportNo").max(FormField.NUMBER_MAX),
            text("product.name"),
            text("product.model").optional().max(100),
            text("product.trademark").optional().max(100),
            text("product.batch").optional().max(100),
            text("product.category").max(100),
            plainDate("sampledAt"),
            plainDate("reportIssuedAt"),
            text("sampledEnterprise.uscc").max(18),
            text("sampledEnterprise.name"),
            text("sampledEnterprise.address").optional().max(300),
            text("producer.uscc").optional().max(18),
            text("producer.name").optional(),
            text("producer.address").optional().max(300),
            text("bureauCode").max(6),
            text("organizingBureauCode").max(6),
            text("institution").max(32),
            text("spotCheckPlan").optional().max(64),
            yesNo("adulterationSuspected").optional());

    /** One failed item: what was tested, what the standard requires, what was measured, and how grave it is. */
    public static final Form FAILED_ITEM = Form.of(text("item"), text("requirement").max(500), text("measured"),
            choice("hazard", Hazard.class));

    public static final String FAILED_ITEMS = "failedItems";

    private RegistrationForm() {
    }

    /** The request the API would have received for the same answers. */
    public static IntakeRequest request(FormValues v, List<FormValues> items) {
        IntakeRequest.PartyData producer = v.has("producer.uscc") || v.has("producer.name") || v.has("producer.address")
                ? new IntakeRequest.PartyData(v.text("producer.uscc"), v.text("producer.name"), v.text("producer.address"))
                : null;
        return new IntakeRequest(v.text("reportNo"),
                new IntakeRequest.ProductData(v.text("product.name"), v.text("product.model"), v.text("product.batch"),
                        v.text("product.category"), v.text("product.trademark")),
                dateText(v, "sampledAt"), dateText(v, "reportIssuedAt"),
                items.stream().map(i -> new IntakeRequest.FailedItemData(i.text("item"), i.text("requirement"),
                        i.text("measured"), i.text("hazard"))).toList(),
                new IntakeRequest.PartyData(v.text("sampledEnterprise.uscc"), v.text("sampledEnterprise.name"),
                        v.text("sampledEnterprise.address")),
                producer, v.text("bureauCode"), v.text("organizingBureauCode"), v.text("institution"),
                v.text("spotCheckPlan"), v.yes("adulterationSuspected"));
    }

    /** The texts of an API request by the names of this form's fields, for holding them to the same limits. */
    static java.util.Map<String, String> textsOf(IntakeRequest r) {
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        texts.put("reportNo", r.reportNo());
        if (r.product() != null) {
            texts.put("product.name", r.product().name());
            texts.put("product.model", r.product().model());
            texts.put("product.trademark", r.product().trademark());
            texts.put("product.batch", r.product().batch());
            texts.put("product.category", r.product().category());
        }
        party(texts, "sampledEnterprise", r.sampledEnterprise());
        party(texts, "producer", r.producer());
        texts.put("bureauCode", r.bureauCode());
        texts.put("organizingBureauCode", r.organizingBureauCode());
        texts.put("institution", r.institution());
        texts.put("spotCheckPlan", r.spotCheckPlan());
        return texts;
    }

    /** The texts of one failed item by the names of {@link #FAILED_ITEM}'s fields. */
    static java.util.Map<String, String> textsOf(IntakeRequest.FailedItemData item) {
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        texts.put("item", item.item());
        texts.put("requirement", item.requirement());
        texts.put("measured", item.measured());
        return texts;
    }

    private static void party(java.util.Map<String, String> texts, String path, IntakeRequest.PartyData party) {
        if (party != null) {
            texts.put(path + ".uscc", party.uscc());
            texts.put(path + ".name", party.name());
            texts.put(path + ".address", party.address());
        }
    }

    private static String dateText(FormValues v, String name) {
        return v.has(name) ? v.date(name).toString() : null;
    }
}
