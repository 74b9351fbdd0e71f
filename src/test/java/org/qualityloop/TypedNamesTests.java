package org.qualityloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.qualityloop.calendar.Step;
import org.qualityloop.casefile.CaseEventType;

/**
 * Deadline steps and event types are enums in Java; the models, the rule rows and the bundles name them as
 * text. These checks tie the four together, so a step renamed in one place fails here, not in a case.
 */
class TypedNamesTests {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final List<String> BUNDLES =
            List.of("src/main/resources/messages/messages.properties", "src/main/resources/messages/messages_en.properties");

    @Test
    void everyDueDateAndTimerOfTheModelsNamesAKnownStep() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (String expression : expressions()) {
            try {
                Step.ofExpression(expression);
            } catch (IllegalArgumentException e) {
                unknown.add(expression);
            }
        }
        assertThat(expressions()).isNotEmpty();
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyStepHasADeadlineRuleRowAndEveryRowIsAStep() throws IOException {
        Set<String> rows = ruleRows();
        Set<String> steps = Arrays.stream(Step.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(rows).containsExactlyInAnyOrderElementsOf(steps);
    }

    @Test
    void everyStepAndEventTypeHasANameInBothLanguages() throws IOException {
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle);
            assertThat(Arrays.stream(Step.values()).map(Step::messageKey).filter(k -> !messages.containsKey(k)))
                    .as("steps without a name in %s", bundle).isEmpty();
            assertThat(Arrays.stream(CaseEventType.values()).map(CaseEventType::messageKey)
                    .filter(k -> !messages.containsKey(k)))
                    .as("event types without a name in %s", bundle).isEmpty();
        }
    }

    /** The due-date and timer-date expressions of every model in processes/. */
    static List<String> expressions() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(PROCESSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaDueDate)
                        .filter(d -> d != null && !d.isBlank()).forEach(found::add);
                model.getModelElementsByType(TimerEventDefinition.class).stream()
                        .filter(t -> t.getTimeDate() != null).map(t -> t.getTimeDate().getTextContent().trim())
                        .forEach(found::add);
            }
        }
        return found;
    }

    /** The steps that the migrations insert into deadline_rule. */
    static Set<String> ruleRows() throws IOException {
        Pattern insert = Pattern.compile("(?is)insert into deadline_rule[^;]*?values(.*?);");
        Pattern step = Pattern.compile("\\(\\s*'([A-Z_]+)'");
        Set<String> rows = new java.util.TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher statements = insert.matcher(Files.readString(file));
                while (statements.find()) {
                    Matcher m = step.matcher(statements.group(1));
                    while (m.find()) {
                        rows.add(m.group(1));
                    }
                }
            }
        }
        return rows;
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
