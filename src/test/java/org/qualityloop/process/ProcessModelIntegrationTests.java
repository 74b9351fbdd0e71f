package org.qualityloop.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopApplication;
import org.qualityloop.QualityLoopIntegrationTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/** Every file in processes/ deployed, and every user task fully specified and served by an action. */
@QualityLoopIntegrationTest
class ProcessModelIntegrationTests {

    @Autowired RepositoryService repository;
    @Autowired TaskActions actions;

    @Test
    void everyFileInProcessesIsDeployed() throws IOException {
        List<String> deployed = repository.createDeploymentQuery().list().stream()
                .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream()).toList();
        for (Path file : modelFiles()) {
            assertThat(deployed).as("deployed resources").contains(file.getFileName().toString());
        }
        assertThat(repository.createProcessDefinitionQuery().latestVersion().count()).isEqualTo(6);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("nonconformity-classification")
                .count()).isPositive();
    }

    static final java.util.Set<String> VARIANT_ONLY = java.util.Set.of(org.qualityloop.process.Bpmn.Task.APPROVE_RECTIFICATION_ORDER);

    @Autowired org.qualityloop.models.ServiceRules rules;

    /** Our own models pass the check every imported model must pass. */
    @Test
    void ourModelsPassTheServiceRules() throws IOException {
        for (Path file : modelFiles()) {
            if (file.toString().endsWith(".bpmn")) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                var process = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next();
                assertThat(rules.check(model, process, List.of())).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void everyUserTaskHasAGroupAFormAnAction() throws IOException {
        int userTasks = 0;
        for (Path file : modelFiles()) {
            if (!file.toString().endsWith(".bpmn")) {
                continue;
            }
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                userTasks++;
                String where = file.getFileName() + "#" + task.getId();
                assertThat(task.getCamundaCandidateGroups()).as(where + " candidate groups").isNotBlank();
                assertThat(task.getCamundaFormKey()).as(where + " form key").endsWith("/" + task.getId());
                assertThat(task.getCamundaDueDate()).as(where + " due date").isNotBlank();
                assertThat(actions.keys()).as(where + " action").contains(task.getId());
            }
        }
        // every action serves a task of our models, but for those offered to provinces' variants only (issue 16)
        assertThat(userTasks).isEqualTo(actions.keys().size() - VARIANT_ONLY.size());
    }

    @Test
    void restartingOnTheSameDatabaseDeploysNoNewVersions() {
        long before = repository.createProcessDefinitionQuery().count();
        try (var restarted = new SpringApplicationBuilder(QualityLoopApplication.class).profiles("test")
                .properties("server.port=0").run()) {
            assertThat(restarted.getBean(RepositoryService.class).createProcessDefinitionQuery().count())
                    .isEqualTo(before);
        }
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("post-processing").count())
                .isEqualTo(1);
    }

    private static List<Path> modelFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).sorted().toList();
        }
    }
}
