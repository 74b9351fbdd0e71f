package org.qualityloop.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseStatus;
import org.qualityloop.forms.InvalidInputException;
import org.qualityloop.identity.Actor;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.Bpmn.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Process models from a province (issue 16): our own models round-trip through Flowable Modeler JSON and validate; a
 * Modeler JSON variant of the rectification stage for 370983 is imported by the administrator, approved by a
 * supervisor (never the importer) and followed by a new 370983 case to its end, while a 370902 case and a case
 * already running keep the standard stage; an app zip brings two models; every refusal says why and deploys nothing.
 * Each subclass runs on a database of its own, so the variant reaches no other test's cases.
 */
public abstract class ProcessModelChecks {

    static final Path EXAMPLE = Path.of("docs/examples/rectification-supervisor-approval.json");

    @Autowired ProcessModels models;
    @Autowired RepositoryService repository;
    @Autowired TaskService tasks;
    @Autowired CaseDriver driver;
    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired org.qualityloop.intake.IntakeService intake;

    @Test
    void eachOfOurModelsComesBackFromModelerJsonAndValidates() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("processes"))) {
            files = list.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).hasSize(6);
        for (Path file : files) {
            String original = Files.readString(file);
            byte[] json = FlowableModels.toModelerJson(original).toString().getBytes(StandardCharsets.UTF_8);
            ProcessModels.Import imported = single(models.importFile(admin(), file.getFileName() + ".json", json, null));
            assertThat(imported.findings()).as(file + " refusals").filteredOn(ModelFinding::refused).isEmpty();
            assertThat(imported.status()).as(file.toString()).isEqualTo(ProcessModels.Status.PENDING);
            ProcessModels.Preview preview = models.preview(admin(), imported.id());
            assertThat(preview.changes()).as(file + ": nothing changes against the version in force").isEmpty();
            assertThat(preview.svg()).contains("<svg").contains("data-id=\"" + firstUserTask(original) + "\"");
        }
    }

    @Test
    void aModelerJsonVariantFor370983IsApprovedByASecondPersonAndRunsANewCaseToItsEnd() throws Exception {
        CaseFile runningBefore = driver.register();
        long definitions = repository.createProcessDefinitionQuery().count();

        ProcessModels.Import imported = single(models.importFile(admin(), "rectification-supervisor-approval.json",
                Files.readAllBytes(EXAMPLE), "370983"));
        assertThat(imported.status()).isEqualTo(ProcessModels.Status.PENDING);
        assertThat(imported.deployKey()).isEqualTo("rectification-370983");
        ProcessModels.Preview preview = models.preview(driver.actor("supervisor1"), imported.id());
        assertThat(preview.changes()).extracting(ModelShape.Change::id, ModelShape.Change::verdict)
                .contains(org.assertj.core.groups.Tuple.tuple("approveRectificationOrder", "added"));
        assertThat(preview.svg()).contains("审批责令整改");

        assertThatThrownBy(() -> models.decide(admin(), imported.id(), true, null)).as("the importer cannot approve")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        String page = mvc.perform(get("/admin/models/imports/" + imported.id())
                        .with(user(users.loadUserByUsername("supervisor1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("同意并部署").contains("审批责令整改").contains("<svg");

        mvc.perform(post("/admin/models/imports/" + imported.id() + "/decision").with(csrf())
                        .with(user(users.loadUserByUsername("supervisor1"))).param("decision", "approve")
                        .param("note", "同意按本市程序执行"))
                .andExpect(status().is3xxRedirection());
        ProcessModels.Import deployed = models.find(imported.id()).orElseThrow();
        assertThat(deployed.status()).isEqualTo(ProcessModels.Status.DEPLOYED);
        assertThat(deployed.decidedBy()).isEqualTo("supervisor1");
        assertThat(deployed.importedBy()).isEqualTo("admin");
        assertThat(models.versionsOf("rectification-370983")).singleElement()
                .satisfies(v -> assertThat(v.approvedBy()).isEqualTo("supervisor1"));

        CaseFile variantCase = driver.register(); // handler1's bureau: 370983
        CaseFile otherBureau = intake.register(otherBureau(), driver.actor("handler2")).caseFile();
        classified(variantCase);
        classified(otherBureau);
        classified(runningBefore);
        assertThat(openTaskKeys(variantCase)).containsExactly(Task.APPROVE_RECTIFICATION_ORDER);
        assertThat(openTaskKeys(otherBureau)).containsExactly(Task.ISSUE_RECTIFICATION_ORDER);
        assertThat(openTaskKeys(runningBefore)).as("a case started before keeps the standard stage")
                .containsExactly(Task.ISSUE_RECTIFICATION_ORDER);

        driver.complete(variantCase, Task.APPROVE_RECTIFICATION_ORDER, "supervisor1",
                Map.of("approvedOn", "2026-09-27", "opinion", "同意责令整改，要求召回已售产品"));
        driver.complete(variantCase, Task.ISSUE_RECTIFICATION_ORDER, "handler1",
                Map.of("orderedOn", "2026-09-28", "requirements", "更换不合格电源线，召回已售产品"));
        driver.complete(variantCase, Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "更换电源线组件",
                "disposal", "已下架并召回 120 台", "stopSaleConfirmed", true, "submittedOn", "2026-11-20"));
        driver.complete(variantCase, Task.RECORD_FIRST_REINSPECTION, "handler1",
                Map.of("inspectedOn", "2026-11-25", "passed", true, "reportNo", "FC-2026-11-25"));
        driver.complete(variantCase, Task.SUBMIT_HANDLING_REPORT, "handler1",
                Map.of("reportedOn", "2026-11-26", "summary", "已整改合格"));
        driver.complete(variantCase, Task.DRAFT_PUBLICATION, "handler1", Map.of("handlingOutcome", "责令整改，复查合格"));
        driver.complete(variantCase, Task.APPROVE_PUBLICATION, "supervisor1", Map.of("approved", true));
        assertThat(driver.reload(variantCase).status()).isEqualTo(CaseStatus.ARCHIVED);

        assertThat(models.versionsOf("rectification")).allSatisfy(v -> assertThat(v.importedBy()).isNull());
        String list = mvc.perform(get("/admin/models").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("rectification-370983").contains("supervisor1");

        // export: the deployed variant as the Modeler's JSON, brought back, is the same model
        String json = mvc.perform(get("/api/v1/admin/models/rectification-370983/versions/1/flowable-json")
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode node = new ObjectMapper().readTree(json);
        assertThat(node.get("childShapes").size()).isGreaterThan(10);
        ProcessModels.Import again = single(models.importFile(admin(), "again.json", json.getBytes(StandardCharsets.UTF_8),
                "370983"));
        assertThat(models.preview(admin(), again.id()).changes()).isEmpty();

        // versions: the re-import deployed as version 2, then version 1 put back (as version 3), approval and all
        models.decide(driver.actor("supervisor1"), again.id(), true, null);
        ProcessModels.Import restored = models.restore(admin(), "rectification-370983", 1);
        assertThat(restored.status()).isEqualTo(ProcessModels.Status.PENDING);
        assertThat(restored.bureauCode()).isEqualTo("370983");
        assertThat(restored.deployKey()).isEqualTo("rectification-370983");
        assertThat(models.versionsOf("rectification-370983")).as("nothing in force before approval").hasSize(2);
        models.decide(driver.actor("supervisor1"), restored.id(), true, "恢复第 1 版");
        assertThat(models.versionsOf("rectification-370983")).extracting(ProcessModels.Version::version,
                        ProcessModels.Version::inForce)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, true), org.assertj.core.groups.Tuple.tuple(2, false),
                        org.assertj.core.groups.Tuple.tuple(1, false));
    }

    @Test
    void aNewVersionOfAStandardStageIsApprovedByASupervisorOfTheProvince() throws Exception {
        if (!users.exists("province1")) {
            users.create("province1", "demo", "省局科长", org.qualityloop.identity.Role.SUPERVISOR, "370000", null, null);
        }
        String xml = Files.readString(Path.of("processes/publication.bpmn"))
                .replace("name=\"拟定公开信息\"", "name=\"拟定公开信息（省局格式）\"");
        ProcessModels.Import imported = single(models.importFile(admin(), "publication.bpmn",
                xml.getBytes(StandardCharsets.UTF_8), null));
        assertThat(imported.status()).isEqualTo(ProcessModels.Status.PENDING);
        assertThat(models.preview(admin(), imported.id()).changes()).extracting(ModelShape.Change::id)
                .containsExactly("draftPublication");
        assertThatThrownBy(() -> models.decide(driver.actor("supervisor1"), imported.id(), true, null))
                .as("a city supervisor does not approve the province's standard").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> models.decide(driver.actor("province1"), imported.id(), false, " "))
                .as("a refusal says why").isInstanceOf(InvalidInputException.class);
        ProcessModels.Import deployed = models.decide(driver.actor("province1"), imported.id(), true, null);
        assertThat(deployed.status()).isEqualTo(ProcessModels.Status.DEPLOYED);
        assertThat(models.versionsOf("publication").get(0)).satisfies(v -> {
            assertThat(v.inForce()).isTrue();
            assertThat(v.importedBy()).isEqualTo("admin");
            assertThat(v.approvedBy()).isEqualTo("province1");
        });
        assertThat(new String(models.bpmn("publication", deployed.version()).getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8)).contains("拟定公开信息（省局格式）");
    }

    @Test
    void anAppZipBringsTwoModels() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "province-app.json", "{\"key\":\"province-app\",\"name\":\"省级流程\"}".getBytes(StandardCharsets.UTF_8));
            entry(zip, "bpmn-models/rectification-supervisor-approval-1.json", ("{\"key\":\"rectification\",\"name\":\"整改\","
                    + "\"editorJson\":" + Files.readString(EXAMPLE) + "}").getBytes(StandardCharsets.UTF_8));
            entry(zip, "bpmn-models/publication-2.json", FlowableModels.toModelerJson(
                    Files.readString(Path.of("processes/publication.bpmn"))).toString().getBytes(StandardCharsets.UTF_8));
            entry(zip, "bpmn-models/publication-2.png", new byte[] {1, 2, 3});
        }
        String body = mvc.perform(multipart("/api/v1/admin/models/imports")
                        .file(new MockMultipartFile("file", "province-app.zip", "application/zip", bytes.toByteArray()))
                        .param("bureau", "370902").with(csrf()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode imports = new ObjectMapper().readTree(body);
        assertThat(imports).hasSize(2);
        assertThat(imports.findValuesAsText("deployKey")).containsExactlyInAnyOrder("rectification-370902",
                "publication-370902");
        assertThat(imports.findValuesAsText("status")).containsOnly("PENDING");
    }

    @Test
    void refusalsSayWhyAndDeployNothing() throws Exception {
        long definitions = repository.createProcessDefinitionQuery().count();
        String base = new String(FlowableModels.jsonToXml(FlowableModels.toModelerJson(
                Files.readString(Path.of("processes/publication.bpmn"))).toString().getBytes(StandardCharsets.UTF_8),
                "publication"), StandardCharsets.UTF_8);
        assertThat(base).contains("flowable:formKey=\"publication/draftPublication\"");

        refused(base.replace("<endEvent id=\"publicationArchived\"", "<scriptTask id=\"runScript\" name=\"运行脚本\" "
                + "scriptFormat=\"groovy\"><script>1</script></scriptTask><endEvent id=\"publicationArchived\""),
                "runScript", "models.finding.refused.script", "脚本任务会在服务器上执行代码");
        refused(base.replace("flowable:delegateExpression=\"${publishEntryDelegate}\"/>",
                "flowable:delegateExpression=\"${publishEntryDelegate}\"><extensionElements>"
                        + "<flowable:executionListener event=\"start\" class=\"org.flowable.engine.Example\"/>"
                        + "</extensionElements></serviceTask>"),
                "publishEntry", "models.finding.refused.classListener", "org.flowable.engine.Example");
        refused(base.replace("flowable:delegateExpression=\"${archiveCaseDelegate}\"", "flowable:type=\"http\""),
                "archiveCase", "models.finding.refused.type", "HTTP");
        refused(base.replace("publication/draftPublication", "publication/nope"),
                "draftPublication", "models.finding.refused.formKey", "publication/nope");
        refused(base.replace("PUBLICATION_DRAFT@", "NO_SUCH_RULE@"),
                "draftPublication", "models.finding.refused.dueDate", "NO_SUCH_RULE");
        refused(base.replace("${archiveCaseDelegate}", "${noSuchDelegate}"),
                "archiveCase", "models.finding.refused.bean", "noSuchDelegate");
        refused(base.replace(" flowable:candidateGroups=\"handler-${bureau}\"", ""),
                "draftPublication", "models.finding.refused.noGroup", "没有办理组");
        refused(base.replace(" flowable:formKey=\"publication/draftPublication\"",
                        " flowable:formKey=\"publication/draftPublication\" flowable:skipExpression=\"${true}\""),
                "draftPublication", "models.finding.refused.skipExpression", "跳过表达式");
        refused(base.replace("sourceRef=\"publishEntry\" targetRef=\"archiveCase\"",
                        "sourceRef=\"publishEntry\" targetRef=\"publicationArchived\""),
                "archiveCase", "models.finding.refused.unreachable", "走不到这一步");
        refused("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</definitions>",
                "", "models.finding.refused.unsafeXml", "外部实体");
        refused("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"publication\">",
                "", "models.finding.refused.malformed", "XML 格式错误");

        assertThatThrownBy(() -> models.importFile(admin(), "notes.txt", "hello".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(InvalidInputException.class);
        String page = mvc.perform(multipart("/admin/models/imports")
                        .file(new MockMultipartFile("file", "broken.json", "application/json", "{\"a\":".getBytes()))
                        .param("bureau", "370983").with(csrf()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("JSON 无法读取").contains("value=\"370983\"");
        assertThatThrownBy(() -> models.importFile(driver.actor("supervisor1"), "x.json", new byte[] {1}, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.createProcessDefinitionQuery().count()).as("nothing deployed").isEqualTo(definitions);
    }

    /** Files the Flowable Modeler wrote (Flowable's own converter tests): refused for what they are, element by element. */
    @Test
    void realModelerFilesAreRefusedForWhatTheyAsk() throws Exception {
        ProcessModels.Import userTask = single(models.importFile(admin(), "test.usertaskmodel.json",
                Files.readAllBytes(Path.of("src/test/resources/flowable-modeler/test.usertaskmodel.json")), null));
        assertThat(userTask.status()).isEqualTo(ProcessModels.Status.REFUSED);
        assertThat(userTask.findings()).filteredOn(ModelFinding::refused).extracting(ModelFinding::elementId,
                        ModelFinding::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("usertask", "models.finding.refused.skipExpression"),
                        org.assertj.core.groups.Tuple.tuple("usertask", "models.finding.refused.formProperty"),
                        org.assertj.core.groups.Tuple.tuple("usertask", "models.finding.refused.classListener"));
        ProcessModels.Import http = single(models.importFile(admin(), "test.httpservicetaskmodel.json",
                Files.readAllBytes(Path.of("src/test/resources/flowable-modeler/test.httpservicetaskmodel.json")), null));
        assertThat(http.findings()).filteredOn(ModelFinding::refused).extracting(ModelFinding::elementId,
                        ModelFinding::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("servicetask", "models.finding.refused.type"));
        String body = mvc.perform(get("/api/v1/admin/models/imports/" + http.id()).header("Accept-Language", "en")
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("A Flowable task type").contains("\"verdict\":\"REFUSED\"");
    }

    private void refused(String xml, String element, String key, String words) {
        ProcessModels.Import imported = single(models.importFile(admin(), "model.bpmn20.xml",
                xml.getBytes(StandardCharsets.UTF_8), null));
        assertThat(imported.status()).as(key).isEqualTo(ProcessModels.Status.REFUSED);
        assertThat(imported.findings()).as(key).filteredOn(ModelFinding::refused)
                .anySatisfy(f -> {
                    assertThat(f.messageKey()).isEqualTo(key);
                    assertThat(f.elementId()).isEqualTo(element);
                });
        assertThatThrownBy(() -> models.decide(driver.actor("supervisor1"), imported.id(), true, null))
                .isInstanceOfAny(InvalidInputException.class, AccessDeniedException.class);
        String page;
        try {
            page = mvc.perform(get("/admin/models/imports/" + imported.id()).with(user(users.loadUserByUsername("admin"))))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(page).as(key).contains(words).contains("不予导入");
    }

    /** Served, accepted and classified as general by a handler of the case's bureau: the rectification stage starts. */
    private void classified(CaseFile c) {
        String handler = c.bureauCode().equals("370902") ? "handler2" : "handler1";
        driver.complete(c, Task.ISSUE_RESULT_NOTICE, handler, Map.of("issuedOn", "2026-09-15"));
        driver.complete(c, Task.RECORD_SERVICE, handler, Map.of("method", "DIRECT", "servedOn", "2026-09-22"));
        driver.complete(c, Task.RESPOND_TO_RESULT, handler, Map.of("decision", "ACCEPT", "receivedOn", "2026-09-25"));
        driver.complete(c, Task.CONFIRM_CLASSIFICATION, handler, Map.of("track", "GENERAL", "confirmedOn", "2026-09-26"));
    }

    private List<String> openTaskKeys(CaseFile c) {
        return tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).list().stream()
                .map(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey).toList();
    }

    private static org.qualityloop.intake.IntakeRequest otherBureau() {
        var r = CaseDriver.request("LABELLING", "家用电器");
        return new org.qualityloop.intake.IntakeRequest(r.reportNo(), r.product(), r.sampledAt(), r.reportIssuedAt(),
                r.failedItems(), r.sampledEnterprise(), r.producer(), "370902", r.organizingBureauCode(), r.institution(),
                r.spotCheckPlan(), r.adulterationSuspected());
    }

    private Actor admin() {
        return driver.actor("admin");
    }

    private static ProcessModels.Import single(List<ProcessModels.Import> imports) {
        assertThat(imports).hasSize(1);
        return imports.get(0);
    }

    private static String firstUserTask(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).iterator().next().getId();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
