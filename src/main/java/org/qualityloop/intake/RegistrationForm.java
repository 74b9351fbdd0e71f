package org.qualityloop.intake;

import static org.qualityloop.forms.FormField.choice;
import static org.qualityloop.forms.FormField.plainDate;
import static org.qualityloop.forms.FormField.text;
import static org.qualityloop.forms.FormField.yesNo;

import java.util.List;
import org.qualityloop.casefile.Hazard;
import org.qualityloop.forms.Form;
import org.qualityloop.forms.FormValues;

/**
 * Registration by hand, in the one form pattern: the inputs are named like the API's JSON paths, so the
 * validator's messages land next to them, and the failed items are repeated rows {@code failedItems[i].item}.
 * The form checks presence, types and lengths; {@link IntakeValidator} checks the rest, as for the API.
 */
public final class RegistrationForm {

    public static final Form FORM = Form.of(
            text("reportNo").max(64),
            text("product.name"),
            text("product.model").optional(),
            text("product.batch").optional(),
            text("product.category").max(64),
            plainDate("sampledAt"),
            plainDate("reportIssuedAt"),
            text("sampledEnterprise.uscc").max(18),
            text("sampledEnterprise.name"),
            text("sampledEnterprise.address").optional(),
            text("producer.uscc").optional().max(18),
            text("producer.name").optional(),
            text("producer.address").optional(),
            text("bureauCode").max(6),
            text("organizingBureauCode").max(6),
            text("institution").max(64),
            text("spotCheckPlan").optional().max(64),
            yesNo("adulterationSuspected").optional());

    /** One failed item: what was tested, what the standard requires, what was measured, and how grave it is. */
    public static final Form FAILED_ITEM = Form.of(text("item"), text("requirement"), text("measured"),
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
                        v.text("product.category")),
                dateText(v, "sampledAt"), dateText(v, "reportIssuedAt"),
                items.stream().map(i -> new IntakeRequest.FailedItemData(i.text("item"), i.text("requirement"),
                        i.text("measured"), i.text("hazard"))).toList(),
                new IntakeRequest.PartyData(v.text("sampledEnterprise.uscc"), v.text("sampledEnterprise.name"),
                        v.text("sampledEnterprise.address")),
                producer, v.text("bureauCode"), v.text("organizingBureauCode"), v.text("institution"),
                v.text("spotCheckPlan"), v.yes("adulterationSuspected"));
    }

    private static String dateText(FormValues v, String name) {
        return v.has(name) ? v.date(name).toString() : null;
    }
}
