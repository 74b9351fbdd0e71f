package org.qualityloop.forms;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The page side of the one form pattern: every form page renders its fields from the declared {@link Form}
 * through {@code fragments/fields :: field(name)}, and every field error becomes a message in the user's
 * language here, the same way for every page and for the API.
 */
@Component
public class FormPages {

    private final MessageSource messages;

    FormPages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The fields of a form as the page shows them, with what the user typed and the message beside each.
     * Labels come from {@code form.<formName>.<field>}, else {@code form.field.<field>}; help likewise.
     */
    public Map<String, FieldView> fields(String formName, Form form, Map<String, String> typed, FieldErrors errors) {
        Map<String, String> errorText = messages(errors);
        Map<String, FieldView> views = new LinkedHashMap<>();
        for (FormField f : form.fields()) {
            views.put(f.name(), new FieldView(f.name(), f.type(), f.required(),
                    messages.getMessage(FormLabels.of(formName, f.name()), LocaleContextHolder.getLocale()),
                    help(formName, f.name()),
                    f.options().stream().map(o -> new FieldView.Option(o, text("option." + f.name() + "." + o))).toList(),
                    typed.getOrDefault(f.name(), ""), errorText.get(f.name()), false, f.maxLength()));
        }
        return views;
    }

    /**
     * {@code count} repeated rows of a row form, keyed by their input names ({@code prefix[i].field}); labels
     * come from {@code form.<formName>.<prefix>.<field>}.
     */
    public Map<String, FieldView> rows(String formName, Form rowForm, String prefix, int count,
                                       Map<String, String> posted, FieldErrors errors) {
        Map<String, String> errorText = messages(errors);
        Map<String, FieldView> views = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            for (FormField f : rowForm.fields()) {
                String name = Form.rowName(prefix, i, f.name());
                views.put(name, new FieldView(name, f.type(), f.required(),
                        messages.getMessage(FormLabels.of(formName + "." + prefix, f.name()), LocaleContextHolder.getLocale()),
                        help(formName + "." + prefix, f.name()),
                        f.options().stream().map(o -> new FieldView.Option(o, text("option." + f.name() + "." + o))).toList(),
                        posted.getOrDefault(name, ""), errorText.get(name), false, f.maxLength()));
            }
        }
        return views;
    }

    /** Field name to the message of its first error, in the user's language. */
    public Map<String, String> messages(FieldErrors errors) {
        Map<String, String> text = new LinkedHashMap<>();
        if (errors != null) {
            errors.all().forEach(e -> text.putIfAbsent(e.field(), text(e.code(), e.args().toArray())));
        }
        return text;
    }

    /** The message of a field's first error, or null. */
    public String message(FieldErrors errors, String field) {
        return messages(errors).get(field);
    }

    private String help(String formName, String field) {
        return messages.getMessage(new DefaultMessageSourceResolvable(
                new String[] {"form.help." + formName + "." + field, "form.help." + field}),
                LocaleContextHolder.getLocale());
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, Arrays.stream(args).map(String::valueOf).toArray(), LocaleContextHolder.getLocale());
    }
}
