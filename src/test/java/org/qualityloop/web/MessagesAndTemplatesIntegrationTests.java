package org.qualityloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.calendar.DueState;
import org.qualityloop.casefile.CaseOutcome;
import org.qualityloop.casefile.CaseStatus;
import org.qualityloop.casefile.Hazard;
import org.qualityloop.casefile.Stage;
import org.qualityloop.forms.FieldType;
import org.qualityloop.forms.FormField;
import org.qualityloop.process.TaskActions;
import org.qualityloop.process.TaskCatalog;
import org.qualityloop.worklist.Inbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every text in the pages comes from the bundles, both bundles say the same things, and every user task
 * in {@code processes/} has its template with exactly its form's fields.
 */
@QualityLoopIntegrationTest
class MessagesAndTemplatesIntegrationTests {

    /** Text between tags, or in a user-visible attribute, that is not produced by a th: attribute. */
    private static final Pattern TEXT = Pattern.compile("<([a-zA-Z](?:[^>\"]|\"[^\"]*\")*)>([^<]*[\\p{L}][^<]*)<");
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile("\\s(placeholder|title|alt|aria-label)=\"([^\"]*)\"");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
    private static final Pattern JAVA_KEY =
            Pattern.compile("\"((?:validation|task|attachment|api|intake|confirm|error|reassign|extension|notification|mail|oversight)\\.[a-zA-Z][\\w.]*)\"");

    @Autowired TaskCatalog catalog;
    @Autowired TaskActions actions;
    @Autowired RepositoryService repository;
    @Autowired JdbcClient jdbc;

    Properties zh;
    Properties en;
    /** The documents' own Chinese words (documents and the dossier), used by document templates only. */
    Properties documents;
    Map<String, String> templates;

    @BeforeEach
    void load() throws IOException {
        zh = bundle("messages/messages.properties");
        en = bundle("messages/messages_en.properties");
        documents = bundle("messages/documents.properties");
        templates = new TreeMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html")) {
            String path = r.getURL().getPath();
            templates.put(path.substring(path.indexOf("templates/") + "templates/".length()),
                    new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void bothBundlesHaveTheSameKeysAndNoEmptyText() {
        assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys in zh-CN but not in en")
                .containsAll(zh.stringPropertyNames());
        assertThat(new TreeSet<>(zh.stringPropertyNames())).as("keys in en but not in zh-CN")
                .containsAll(en.stringPropertyNames());
        zh.stringPropertyNames().forEach(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
        en.stringPropertyNames().forEach(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void templatesHaveNoHardCodedText() {
        List<String> found = new ArrayList<>();
        templates.forEach((name, html) -> {
            if (name.startsWith("documents/kinds/")) {
                // a document kind's template is the official Chinese text itself, not text of the pages
                return;
            }
            String markup = html.replaceAll("(?s)<!--.*?-->", "");
            Matcher text = TEXT.matcher(markup);
            while (text.find()) {
                if (!text.group(1).contains("th:text") && !text.group(1).contains("th:utext")
                        && !text.group(1).contains("sec:authentication")
                        && !text.group(1).startsWith("script") && !text.group(1).startsWith("style")) {
                    found.add(name + ": " + text.group(2).trim());
                }
            }
            Matcher attribute = VISIBLE_ATTRIBUTE.matcher(markup);
            while (attribute.find()) {
                if (attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
                    found.add(name + ": " + attribute.group(1) + "=" + attribute.group(2));
                }
            }
        });
        assertThat(found).as("text that is not from the message bundles").isEmpty();
    }

    @Test
    void everyKeyTheTemplatesAndTheCodeUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        templates.values().forEach(html -> STATIC_KEY.matcher(html).results().forEach(m -> used.add(m.group(1))));
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                JAVA_KEY.matcher(Files.readString(source)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        // "task.name." + key and the like: prefixes, checked key by key in everyKeyBuiltFromDataExists
        used.removeIf(key -> key.equals("api.v1") || key.endsWith("."));
        assertMissing(used);
    }

    @Test
    void everyKeyBuiltFromDataExists() {
        Set<String> keys = new TreeSet<>();
        catalog.all().keySet().forEach(task -> {
            keys.add("task.name." + task);
            keys.add("task.help." + task);
        });
        catalog.stages().forEach(stage -> keys.add("stage." + stage));
        for (String task : catalog.all().keySet()) {
            for (FormField field : actions.forKey(task).form().fields()) {
                if (field.type() == FieldType.CHOICE) {
                    field.options().forEach(option -> keys.add("option." + field.name() + "." + option));
                }
                if (!zh.containsKey("form.help." + task + "." + field.name())) {
                    keys.add("form.help." + field.name());
                }
            }
        }
        jdbc.sql("select step from deadline_rule").query(String.class).list().forEach(step -> keys.add("deadline." + step));
        Arrays.stream(Stage.values()).forEach(s -> keys.add("caseStage." + s));
        Arrays.stream(CaseStatus.values()).forEach(s -> keys.add("status." + s));
        Arrays.stream(CaseOutcome.values()).forEach(s -> keys.add("outcome." + s));
        Arrays.stream(Hazard.values()).forEach(s -> keys.add("hazard." + s));
        Arrays.stream(DueState.values()).forEach(s -> keys.add("dueState." + s));
        Arrays.stream(Inbox.Sort.values()).forEach(s -> keys.add("sort." + s));
        keys.add("dueFilter.UNVERIFIED");
        Arrays.stream(org.qualityloop.worklist.TaskList.Sort.values()).forEach(s -> keys.add("oversight.sort." + s));
        Arrays.stream(org.qualityloop.casefile.CaseAging.Band.values()).forEach(s -> keys.add("band." + s));
        Arrays.stream(org.qualityloop.administration.ConsistencyCheck.Kind.values())
                .forEach(k -> keys.add("consistency.kind." + k));
        for (var kind : org.qualityloop.oversight.NotificationKind.values()) {
            keys.add("notification." + kind);
            keys.add("notification.kind." + kind);
        }
        List.of("DEADLINE_REMINDER", "ENTERPRISE_REMINDER", "DEADLINE_OVERDUE", "TASK_REASSIGNED", "DEADLINE_EXTENDED")
                .forEach(type -> keys.add("event." + type));
        // and every event type any test has recorded so far in the shared database
        jdbc.sql("select distinct event_type from case_event").query(String.class).list()
                .forEach(type -> keys.add("event." + type));
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(TimerEventDefinition.class)
                    .forEach(timer -> keys.add("timer." + timer.getParentElement().getAttributeValue("id")));
        }
        assertMissing(keys);
    }

    @Test
    void everyUserTaskHasATemplateWithExactlyItsFields() {
        Pattern fieldLine = Pattern.compile("fields :: field\\('(\\w+)'\\)");
        catalog.all().values().forEach(task -> {
            String template = templates.get(task.formKey() + ".html");
            assertThat(template).as("template for %s (form key %s)", task.key(), task.formKey()).isNotNull();
            List<String> rendered = fieldLine.matcher(template).results().map(m -> m.group(1)).toList();
            assertThat(rendered).as("fields of %s", task.key())
                    .containsExactlyElementsOf(actions.forKey(task.key()).form().fields().stream().map(FormField::name).toList());
        });
    }

    private void assertMissing(Set<String> keys) {
        assertThat(keys.stream().filter(k -> !zh.containsKey(k) && !documents.containsKey(k)).toList())
                .as("missing in zh-CN").isEmpty();
        assertThat(keys.stream().filter(k -> !en.containsKey(k) && !documents.containsKey(k)).toList())
                .as("missing in en").isEmpty();
    }

    private static Properties bundle(String path) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(new PathMatchingResourcePatternResolver().getResource("classpath:" + path)
                .getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
