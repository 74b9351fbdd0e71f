package org.qualityloop.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one form model: declared limits, typed values, repeated rows. */
class FormTests {

    @Test
    void aSubmittedFormActsOnValidValuesElseComesBackWithTheTextAndEveryMessage() {
        Form form = Form.of(FormField.text("name").max(5), FormField.longText("reason").optional());
        assertThat(form.submit(Map.of("name", "张三"), v -> "done " + v.text("name"), (typed, errors) -> "again"))
                .isEqualTo("done 张三");
        assertThat(form.submit(Map.of("name", "太长的名字啊"), v -> "done",
                (typed, errors) -> "again " + typed.get("name") + " " + errors.all().get(0).code()))
                .isEqualTo("again 太长的名字啊 validation.tooLong");
        // a refusal by the action itself comes back the same way, the text kept
        assertThat(form.submit(Map.of("name", "李四", "reason", "x"), v -> {
            throw new InvalidInputException(new FieldErrors().reject("reason", "custom.refusal"));
        }, (typed, errors) -> "again " + typed.get("reason") + " " + errors.all().size() + " " + errors.all().get(0).code()))
                .isEqualTo("again x 1 custom.refusal");
    }

    private final Form form = Form.of(FormField.text("name"), FormField.longText("reason").optional().max(10),
            FormField.integer("days").optional());

    @Test
    void aTextOverItsDeclaredLimitIsRefusedWithTheLimit() {
        FieldErrors errors = new FieldErrors();
        form.read(Map.of("name", "x", "reason", "一二三四五六七八九十一"), errors);

        assertThat(errors.all()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("reason");
            assertThat(e.code()).isEqualTo("validation.tooLong");
            assertThat(e.args()).containsExactly(10);
        });
    }

    @Test
    void typedValuesComeBackTypedAndUnknownFieldsAreRefused() {
        FieldErrors errors = new FieldErrors();
        FormValues values = form.read(Map.of("name", " 张三 ", "days", "30"), errors);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(values.text("name")).isEqualTo("张三");
        assertThat(values.integer("days")).isEqualTo(30);

        form.read(Map.of("name", "x", "admin", "true"), errors);
        assertThat(errors.all()).extracting(FieldErrors.FieldError::field).containsExactly("admin");
    }

    @Test
    void onlyTheFormsOwnFieldsAreKeptAsTyped() {
        assertThat(form.typed(Map.of("name", "x", "_csrf", "token", "failedItems[0].item", "y")))
                .containsOnlyKeys("name");
    }

    @Test
    void repeatedRowsAreReadUpToTheLastOneFilledAndErrorsNameTheirRow() {
        Form row = Form.of(FormField.text("item"), FormField.choice("hazard", Level.class));
        FieldErrors errors = new FieldErrors();
        List<FormValues> rows = row.readRows(Map.of("items[0].item", "标识", "items[0].hazard", "HIGH",
                "items[1].hazard", "LOW", "items[2].item", "泄漏电流", "items[2].hazard", "LOW",
                "items[3].hazard", "LOW"), "items", errors);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).text("item")).isEqualTo("泄漏电流");
        assertThat(errors.all()).extracting(FieldErrors.FieldError::field).containsExactly("items[1].item");
    }

    enum Level { HIGH, LOW }
}
