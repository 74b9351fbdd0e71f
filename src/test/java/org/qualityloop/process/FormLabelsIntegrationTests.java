package org.qualityloop.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.forms.FormField;
import org.qualityloop.forms.FormLabels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Every field of every task form has a label and a help text in Chinese and in English. */
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
                // the page shows a help line under every field (FormPages): a task only variants use has one too
                var help = new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {
                        "form.help." + taskKey + "." + field.name(), "form.help." + field.name()});
                assertThat(messages.getMessage(help, Locale.SIMPLIFIED_CHINESE)).as(taskKey + "." + field.name() + " help")
                        .isNotBlank();
                assertThat(messages.getMessage(help, Locale.ENGLISH)).as(taskKey + "." + field.name() + " help (en)")
                        .isNotBlank();
            }
        }
    }
}
