package org.qualityloop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualityloop.ApiBodies;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.casefile.NumberSequences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** API v1 over HTTP: every error status, idempotency, and scope. */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
public class CaseApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired NumberSequences numbers;
    @Autowired TransactionTemplate transactions;

    private ObjectNode body;

    @BeforeEach
    void validBody() throws Exception {
        body = (ObjectNode) json.readTree(ApiBodies.registration("API"));
    }

    @Test
    void registersACaseAndReplaysTheSameReportIdempotently() throws Exception {
        JsonNode created = json.readTree(register("handler1", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN")).andExpect(jsonPath("$.stage").value("DELIVERY"))
                .andReturn().getResponse().getContentAsString());
        register("handler1", body).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(created.get("id").asText()));

        ((ObjectNode) body.get("product")).put("batch", "OTHER");
        register("handler1", body).andExpect(status().isConflict());
        assertThat(casesWithReport(body.get("reportNo").asText())).isEqualTo(1);
    }

    /** The worklist lists a new case's first task with what its own transaction registered. */
    @Test
    void aNewCasesFirstTaskIsListedWithItsNumberBureauProductAndParty() throws Exception {
        JsonNode created = json.readTree(register("handler1", body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        assertThat(jdbc.sql("select case_no, bureau_code, product_name, enterprise_name from open_task"
                        + " where case_id = ?").param(UUID.fromString(created.get("id").asText()))
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single())
                .containsExactly(created.get("caseNo").asText(), body.get("bureauCode").asText(),
                        body.get("product").get("name").asText(), body.get("sampledEnterprise").get("name").asText());
    }

    @Test
    void caseNumbersFollowOnARolledBackNumberIsGivenBackAndTheFirstRegistrationNamesTheEnterprise() throws Exception {
        String uscc = CaseDriver.creditCode();
        ((ObjectNode) body.get("sampledEnterprise")).put("uscc", uscc).put("name", "首次登记的名称");
        String first = caseNo(register("handler1", body).andExpect(status().isCreated()));
        body.put("reportNo", body.get("reportNo").asText() + "-2");
        ((ObjectNode) body.get("sampledEnterprise")).put("name", "后来报告中的名称");
        String second = caseNo(register("handler1", body).andExpect(status().isCreated()));
        assertThat(second).startsWith(first.substring(0, first.lastIndexOf('-') + 1));
        assertThat(serial(second)).isEqualTo(serial(first) + 1);
        assertThat(jdbc.sql("select name from enterprise where uscc = ?").param(uscc).query(String.class).list())
                .containsExactly("首次登记的名称");

        Integer rolledBack = transactions.execute(tx -> {
            tx.setRollbackOnly();
            return numbers.next("370983", "TEST", 2031);
        });
        assertThat(rolledBack).isEqualTo(1);
        assertThat(numbers.next("370983", "TEST", 2031)).isEqualTo(1);
        assertThat(numbers.next("370983", "TEST", 2031)).isEqualTo(2);
    }

    @Test
    void rejectsBadInputFieldByFieldAndStoresNothing() throws Exception {
        ((ObjectNode) body.get("sampledEnterprise")).put("uscc", "91350203M0001QAY9B");
        body.put("bureauCode", "999999");
        body.put("reportIssuedAt", "2026-08-01");
        ((ObjectNode) body.withArray("failedItems").get(0)).put("hazard", "SMELL");
        body.remove("institution");
        register("handler1", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['sampledEnterprise.uscc']").value("统一社会信用代码无效（校验位不符或含非法字符）"))
                .andExpect(jsonPath("$.errors.bureauCode").exists())
                .andExpect(jsonPath("$.errors.reportIssuedAt").value("检验报告日期不能早于抽样日期"))
                .andExpect(jsonPath("$.errors['failedItems[0].hazard']").exists())
                .andExpect(jsonPath("$.errors.institution").value("必填"));
        assertThat(casesWithReport(body.get("reportNo").asText())).isZero();

        // an institution nobody registered is refused by name, not accepted as free text; so is either bureau
        body.put("institution", "NOPE");
        body.put("bureauCode", "370983");
        body.put("organizingBureauCode", "999998");
        register("handler1", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.institution").value("未知或已停用的检验机构代码：NOPE（由系统管理员在“检验机构”中登记）"))
                .andExpect(jsonPath("$.errors.bureauCode").doesNotExist())
                .andExpect(jsonPath("$.errors.organizingBureauCode").value("未知的市场监管部门代码：999998"));
    }

    @Test
    void rejectsFutureDatesAndMissingFailedItemsInEnglishWhenAsked() throws Exception {
        body.put("sampledAt", "2099-01-01");
        body.putArray("failedItems");
        mvc.perform(post("/api/v1/cases").with(httpBasic("handler1", "demo")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sampledAt").value("Date cannot be later than today"))
                .andExpect(jsonPath("$.errors.failedItems").value("At least one failed item is required"));
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        mvc.perform(post("/api/v1/cases").with(httpBasic("handler1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reportNo\": "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.body").exists());
    }

    @Test
    void enterprisesCannotRegisterAndAnonymousCallersAreRefused() throws Exception {
        register("enterprise1", body).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isUnauthorized());
        assertThat(casesWithReport(body.get("reportNo").asText())).isZero();
    }

    @Test
    void listsTheHandlersTaskAndCompletesItOnceOnly() throws Exception {
        String caseId = id(register("lab1", body).andExpect(status().isCreated()));
        String taskId = taskOf(caseId, "handler1");
        mvc.perform(get("/api/v1/tasks/" + taskId).with(httpBasic("handler1", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fields[0].name").value("issuedOn"))
                .andExpect(jsonPath("$.fields[0].label").value("告知书日期"))
                .andExpect(jsonPath("$.fields[0].type").value("DATE"));

        complete(taskId, "handler2", "{\"issuedOn\": \"2026-09-15\"}").andExpect(status().isForbidden());
        complete(taskId, "handler1", "{\"issuedOn\": \"2099-09-15\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.issuedOn").value("日期不能晚于今天"));
        complete(taskId, "handler1", "{\"issuedOn\": \"2026-09-15\"}").andExpect(status().isNoContent());
        complete(taskId, "handler1", "{\"issuedOn\": \"2026-09-15\"}").andExpect(status().isConflict());
        complete("no-such-task", "handler1", "{}").andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/cases/" + caseId).with(httpBasic("handler1", "demo")))
                .andExpect(jsonPath("$.openTasks[0].key").value("recordService"))
                .andExpect(jsonPath("$.deadlines[?(@.step == 'RESULT_NOTICE')].verified").exists())
                .andExpect(jsonPath("$.events[?(@.type == 'TASK_COMPLETED')].actor").value("handler1"));
    }

    @Test
    void recordServiceRequiresAnAddressConfirmationForElectronicService() throws Exception {
        String caseId = id(register("handler1", body));
        complete(taskOf(caseId, "handler1"), "handler1", "{\"issuedOn\": \"2026-09-15\"}");
        String recordService = taskOf(caseId, "handler1");
        complete(recordService, "handler1",
                "{\"method\": \"ELECTRONIC\", \"servedOn\": \"2026-09-14\", \"coOfficer\": \"handler3\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.addressConfirmed").exists())
                .andExpect(jsonPath("$.errors.servedOn").value("日期不能早于2026-09-15"));
        complete(recordService, "handler1",
                "{\"method\": \"ELECTRONIC\", \"servedOn\": \"" + today() + "\", \"addressConfirmed\": true, "
                        + "\"coOfficer\": \"handler3\"}")
                .andExpect(status().isNoContent());
        String respond = taskOf(caseId, "enterprise1");
        complete(respond, "enterprise1", "{\"decision\": \"OBJECT\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").value("请说明理由"));
        complete(respond, "enterprise1", "{\"decision\": \"ACCEPT\", \"receivedOn\": \"2026-09-17\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.receivedOn").exists());
        complete(respond, "enterprise2", "{\"decision\": \"ACCEPT\"}").andExpect(status().isForbidden());
        complete(respond, "enterprise1", "{\"decision\": \"ACCEPT\"}").andExpect(status().isNoContent());
    }

    @Test
    void scopeHidesOtherEnterprisesAndBureausCases() throws Exception {
        String caseId = id(register("handler1", body));
        read(caseId, "enterprise1").andExpect(status().isOk());
        read(caseId, "supervisor1").andExpect(status().isOk());
        read(caseId, "enterprise2").andExpect(status().isNotFound());
        read(caseId, "handler2").andExpect(status().isNotFound());
        read(caseId, "lab1").andExpect(status().isNotFound());
        read(UUID.randomUUID().toString(), "admin").andExpect(status().isNotFound());

        ObjectNode other = body.deepCopy();
        other.put("reportNo", "API-" + UUID.randomUUID());
        other.put("bureauCode", "370902");
        String taishanCase = id(mvc.perform(post("/api/v1/cases").with(httpBasic("handler2", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(other.toString())));
        read(taishanCase, "supervisor1").andExpect(status().isOk());
        read(taishanCase, "handler1").andExpect(status().isNotFound());
        register("handler1", other).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.bureauCode").value("只能登记本辖区的案件"));
    }

    /** Today in Beijing: an answer given online now falls inside a window served today. */
    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    }

    private ResultActions register(String user, JsonNode request) throws Exception {
        return mvc.perform(post("/api/v1/cases").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(request.toString()));
    }

    private ResultActions complete(String taskId, String user, String values) throws Exception {
        return mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(values));
    }

    private ResultActions read(String caseId, String user) throws Exception {
        return mvc.perform(get("/api/v1/cases/" + caseId).with(httpBasic(user, "demo")));
    }

    private String id(ResultActions registered) throws Exception {
        return json.readTree(registered.andReturn().getResponse().getContentAsString()).get("id").asText();
    }

    /** The caller's one open task on the case, found through the task list as a client would. */
    private String taskOf(String caseId, String user) throws Exception {
        JsonNode tasks = json.readTree(mvc.perform(get("/api/v1/tasks?max=200").with(httpBasic(user, "demo")))
                .andReturn().getResponse().getContentAsString());
        for (JsonNode t : tasks) {
            if (caseId.equals(t.get("caseId").asText())) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no task on case " + caseId);
    }

    private String caseNo(ResultActions registered) throws Exception {
        return json.readTree(registered.andReturn().getResponse().getContentAsString()).get("caseNo").asText();
    }

    private static int serial(String caseNo) {
        return Integer.parseInt(caseNo.substring(caseNo.lastIndexOf('-') + 1));
    }

    private int casesWithReport(String reportNo) {
        return jdbc.sql("select count(*) from case_file where report_no = ?").param(reportNo).query(Integer.class).single();
    }
}
