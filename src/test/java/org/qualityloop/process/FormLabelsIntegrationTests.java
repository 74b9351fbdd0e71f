package org.qualityloop.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormLabels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Every field of every task form has a label in Chinese and in English. */
@QualityLoopIntegrationTest
class FormLabelsIntegrationTests {

    @Autowired TaskActions actions;
    @Autowired MessageSource messages;

    @Test
    void everyFormFieldIsLabelledInBothLanguages() {
        for (String taskKey : actions.keys()) {
            for (FormField field : actions.forKey(taskKey).form().fields()) {
                String zh = messages.getMessage(FormLabels.of(taskKey, field.name()), Locale.SIMPLIFIED_CHINESE);
                String en = messages.getMessage(FormLabels.of(taskKey, field.name()), Locale.ENGLISH);
                assertThat(zh).as(taskKey + "." + field.name() + " (zh)").isNotEqualTo(field.name());
                assertThat(en).as(taskKey + "." + field.name() + " (en)").isNotEqualTo(zh);
            }
        }
    }
}
