package org.qualityloop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.forms.FieldErrors;
import org.qualityloop.forms.FormValues;

/** Registration by hand reads into the same request as the API's, field by field and row by row. */
class RegistrationFormTests {

    @Test
    void theFormBecomesTheRequestTheApiWouldHaveReceived() {
        Map<String, String> posted = valid();
        FieldErrors errors = new FieldErrors();
        FormValues values = RegistrationForm.FORM.read(RegistrationForm.FORM.typed(posted), errors);
        List<FormValues> items = RegistrationForm.FAILED_ITEM.readRows(posted, RegistrationForm.FAILED_ITEMS, errors);

        IntakeRequest request = RegistrationForm.request(values, items);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(request.reportNo()).isEqualTo("SD-2026-001");
        assertThat(request.sampledAt()).isEqualTo("2026-09-01");
        assertThat(request.failedItems()).singleElement()
                .isEqualTo(new IntakeRequest.FailedItemData("泄漏电流", "≤0.75mA", "1.2mA", "SAFETY"));
        assertThat(request.producer()).as("no producer given, none sent").isNull();
        assertThat(request.adulterationSuspected()).isFalse();
    }

    @Test
    void missingAndMalformedFieldsAreNamedByTheirPath() {
        Map<String, String> posted = valid();
        posted.remove("product.name");
        posted.put("sampledAt", "2026-02-30");
        posted.put("reportNo", "R".repeat(65));
        FieldErrors errors = new FieldErrors();
        RegistrationForm.FORM.read(RegistrationForm.FORM.typed(posted), errors);

        assertThat(errors.all()).extracting(FieldErrors.FieldError::field, FieldErrors.FieldError::code)
                .contains(org.assertj.core.groups.Tuple.tuple("product.name", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple("sampledAt", "validation.date.format"),
                        org.assertj.core.groups.Tuple.tuple("reportNo", "validation.tooLong"));
    }

    private static Map<String, String> valid() {
        Map<String, String> form = new HashMap<>();
        form.put("reportNo", "SD-2026-001");
        form.put("product.name", "电热水壶");
        form.put("product.category", "家用电器");
        form.put("sampledAt", "2026-09-01");
        form.put("reportIssuedAt", "2026-09-10");
        form.put("sampledEnterprise.uscc", "91330106MA2H4K7P16");
        form.put("sampledEnterprise.name", "浙江某电器有限公司");
        form.put("bureauCode", "370983");
        form.put("organizingBureauCode", "370900");
        form.put("institution", "LAB-SD");
        form.put("failedItems[0].item", "泄漏电流");
        form.put("failedItems[0].requirement", "≤0.75mA");
        form.put("failedItems[0].measured", "1.2mA");
        form.put("failedItems[0].hazard", "SAFETY");
        form.put("failedItems[1].hazard", "SAFETY");
        form.put("_csrf", "token");
        return form;
    }
}
