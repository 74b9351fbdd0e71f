package org.qualityloop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.qualityloop.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Results in by spreadsheet (issue 15, item 2): a clean 10,000-row workbook, a messy GBK sheet, the same file twice,
 * a restart in the middle, a row out of the uploader's scope, and the page with its error workbook. Each database
 * runs them on a database of its own: ten thousand open cases would crowd every other test's task lists.
 */
public abstract class SpreadsheetImportChecks {

    static final List<String> HEADERS = List.of("序号", "报告编号", "产品名称", "规格型号", "生产日期/批号", "产品类别",
            "受检单位", "受检单位统一社会信用代码", "地址", "不合格项目", "标准要求", "实测值", "检验机构", "抽样日期", "报告日期",
            "所属地区");

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired IntakeImports imports;
    @Autowired ImportWorker worker;
    @Autowired IntakeService intake;

    /** Rows of the clean workbook: ten thousand, a province's results sheet of a round. */
    protected int cleanRows() {
        return 10_000;
    }

    @Test
    void aCleanWorkbookOfThousandsOfRowsBecomesOneCaseEach() throws Exception {
        String prefix = "BULK-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        int rows = cleanRows();
        byte[] xlsx = workbook(prefix, rows);

        String id = upload("results.xlsx", xlsx);
        String preview = awaitStatus(id, "PREVIEW");
        assertThat(JsonPath.<Integer>read(preview, "$.rows")).isEqualTo(rows);
        assertThat(JsonPath.<Integer>read(preview, "$.accepted")).isEqualTo(rows);
        assertThat(JsonPath.<Integer>read(preview, "$.rejected")).isZero();
        assertThat(cases(prefix)).as("nothing is registered before the commit").isZero();

        commit(id);
        String done = awaitStatus(id, "DONE");
        assertThat(JsonPath.<Integer>read(done, "$.registered")).isEqualTo(rows);
        assertThat(cases(prefix)).isEqualTo(rows);

        // the same file again: every row a duplicate, nothing new
        String again = awaitStatus(upload("results.xlsx", xlsx), "PREVIEW");
        assertThat(JsonPath.<Integer>read(again, "$.accepted")).isZero();
        assertThat(JsonPath.<Integer>read(again, "$.duplicates")).isEqualTo(rows);
        assertThat(cases(prefix)).isEqualTo(rows);
    }

    @Test
    void aMessySheetIsReadAndEachBadRowReportedInWords() throws Exception {
        String p = "MESSY-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String csv = String.join("\n",
                "2026年电器产品监督抽查不合格产品汇总表",
                "序号,检验报告编号,样品名称,型号,生产日期,被抽样单位,统一社会信用代码,被抽样单位地址,主要不合格项目,标准值,检验结果,承检机构,抽样日期,签发日期,产品类别",
                "1," + p + "1,电热水壶,KE-1701,2026.8.1,杭州示例电器有限公司,91330106MA2H4K7P16,杭州市,\"泄漏电流、标志和说明\","
                        + "\"≤0.75mA；应有中文警示\",\"1.2mA；无\",山东省产品质量检验研究院,2026/8/20,2026年9月1日,家用电器",
                ",,,,,,,,,,,,,,",
                "2," + p + "2,电吹风,HD-9,20260801,杭州示例电器有限公司,９１３３０１０６ＭＡ２Ｈ４Ｋ７Ｐ１６,杭州市,温升,≤75K,92K,"
                        + "LAB-SD,46254,20260901,家用电器",
                "3," + p + "3,,X1,,杭州示例电器有限公司,91330106MA2H4K7P17,杭州市,温升,≤75K,92K,某某检测中心,2026-08-20,2026-09-01,家用电器",
                "4," + p + "1,电热水壶,KE-1701,2026.8.1,杭州示例电器有限公司,91330106MA2H4K7P16,杭州市,泄漏电流,≤0.75mA,1.2mA,"
                        + "山东省产品质量检验研究院,2026/8/20,2026年9月1日,家用电器",
                "5," + p + "5,电暖器,N-1,2026-07,杭州示例电器有限公司,91330106MA2H4K7P16,杭州市,\"泄漏电流、温升\",\"≤0.75mA；≤75K；x\","
                        + "1.0mA,山东省产品质量检验研究院,2026-08-20,2026-09-01,家用电器");
        String id = upload("汇总表.csv", csv.getBytes(Charset.forName("GBK")));
        String preview = awaitStatus(id, "PREVIEW");

        assertThat(JsonPath.<Integer>read(preview, "$.rows")).as("the blank row is passed over").isEqualTo(5);
        assertThat(JsonPath.<Integer>read(preview, "$.accepted")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(preview, "$.duplicates")).isEqualTo(1);
        List<String> errors = JsonPath.read(preview, "$.errors[*].message");
        List<String> columns = JsonPath.read(preview, "$.errors[*].column");
        assertThat(errors).contains("必填", "与第 3 行的报告编号重复")
                .anyMatch(m -> m.startsWith("统一社会信用代码无效"))
                .anyMatch(m -> m.contains("未知或已停用的检验机构代码：某某检测中心"))
                .anyMatch(m -> m.contains("不合格项目有 2 项"));
        assertThat(columns).contains("产品名称", "受检单位统一社会信用代码", "检验机构", "报告编号", "不合格项目");

        commit(id);
        awaitStatus(id, "DONE");
        assertThat(jdbc.sql("select count(*) from case_file where report_no like ?").param(p + "%").query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from failed_item f join case_file c on c.id = f.case_id where c.report_no = ?")
                .param(p + "1").query(Integer.class).single()).as("two items from one cell").isEqualTo(2);
        assertThat(jdbc.sql("select sampled_on from case_file where report_no = ?").param(p + "2").query(String.class)
                .single()).as("Excel serial date 46254").isEqualTo("2026-08-20");
    }

    @Test
    void aRowOutsideTheUploadersScopeIsRefused() throws Exception {
        String p = "SCOPE-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String csv = String.join(",", HEADERS) + "\n"
                + "1," + p + "1,电热水壶,KE-1,2026.8.1,家用电器,杭州示例电器有限公司,91330106MA2H4K7P16,杭州市,泄漏电流,≤0.75mA,1.2mA,"
                + "LAB-SD,2026-08-20,2026-09-01,泰安市泰山区市场监督管理局\n";
        String preview = awaitStatus(upload("scope.csv", csv.getBytes(StandardCharsets.UTF_8)), "PREVIEW");
        assertThat(JsonPath.<Integer>read(preview, "$.rejected")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(preview, "$.errors[*].column")).contains("所属地区");
    }

    @Test
    void aRestartInTheMiddleLosesAndDoublesNothing() throws Exception {
        String prefix = "CRASH-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        UUID id = UUID.fromString(upload("crash.xlsx", workbook(prefix, IntakeImports.BATCH * 2 + 30)));
        // this node reads one batch and dies holding the lease
        UUID claimed = imports.claim(ImportWorker.LEASE).orElseThrow();
        assertThat(claimed).isEqualTo(id);
        assertThat(imports.work(id)).isTrue();
        expireLease(id);
        awaitStatus(id.toString(), "PREVIEW");
        assertThat(jdbc.sql("select count(*) from intake_import_row where import_id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(IntakeImports.BATCH * 2 + 30);

        commit(id.toString());
        assertThat(imports.claim(ImportWorker.LEASE)).contains(id);
        assertThat(imports.work(id)).isTrue();
        // and dies again between registering a row and marking it
        String request = jdbc.sql("select request from intake_import_row where import_id = ? and status = 'VALID' order by row_no fetch first 1 rows only")
                .param(id).query(String.class).single();
        intake.register(new com.fasterxml.jackson.databind.ObjectMapper().readValue(request, IntakeRequest.class),
                users.loadUserByUsername("handler1").actor());
        expireLease(id);
        String done = awaitStatus(id.toString(), "DONE");
        assertThat(cases(prefix)).isEqualTo(IntakeImports.BATCH * 2 + 30);
        assertThat(JsonPath.<Integer>read(done, "$.processed")).isEqualTo(IntakeImports.BATCH * 2 + 30);
        assertThat(jdbc.sql("select count(*) from intake_import_row where import_id = ? and status = 'REGISTERED'")
                .param(id).query(Integer.class).single()).isEqualTo(IntakeImports.BATCH * 2 + 30);
    }

    @Test
    void aReportNumberRegisteredMeanwhileWithOtherContentIsAConflictAndTheRestOfItsBatchStillLands() throws Exception {
        String prefix = "RACE-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String id = upload("race.xlsx", workbook(prefix, 3));
        awaitStatus(id, "PREVIEW");
        // between the preview and the commit, row 2's report number is registered through the API with another model
        IntakeRequest other = withOtherModel(keptRequest(UUID.fromString(id), prefix + 2));
        String caseNo = intake.register(other, users.loadUserByUsername("handler1").actor()).caseFile().caseNo();

        commit(id);
        String done = awaitStatus(id, "DONE");
        assertThat(JsonPath.<Integer>read(done, "$.registered")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(done, "$.processed")).isEqualTo(2);
        assertThat(cases(prefix)).isEqualTo(3);
        assertThat(jdbc.sql("select status from intake_import_row where import_id = ? order by row_no")
                .param(UUID.fromString(id)).query(String.class).list())
                .containsExactly("REGISTERED", "CONFLICT", "REGISTERED");
        assertThat(JsonPath.<List<String>>read(done, "$.errors[*].message"))
                .anyMatch(m -> m.contains(caseNo) && m.contains("内容不同"));
    }

    /** The preview finds, among the cases already registered, a row's own report (passed over) and a clash. */
    @Test
    void thePreviewFindsARowRegisteredAlreadyAndAReportNumberRegisteredWithOtherContent() throws Exception {
        String prefix = "AGAIN-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        byte[] sheet = workbook(prefix, 3);
        UUID first = UUID.fromString(upload("first.xlsx", sheet));
        awaitStatus(first.toString(), "PREVIEW");
        var handler = users.loadUserByUsername("handler1").actor();
        String registered = intake.register(keptRequest(first, prefix + 1), handler).caseFile().caseNo();
        String clashing = intake.register(withOtherModel(keptRequest(first, prefix + 2)), handler).caseFile().caseNo();

        String again = upload("again.xlsx", sheet);
        String preview = awaitStatus(again, "PREVIEW");
        assertThat(JsonPath.<Integer>read(preview, "$.accepted")).isEqualTo(1);
        assertThat(jdbc.sql("select status from intake_import_row where import_id = ? order by row_no")
                .param(UUID.fromString(again)).query(String.class).list())
                .containsExactly("DUPLICATE", "CONFLICT", "VALID");
        assertThat(JsonPath.<List<String>>read(preview, "$.errors[*].message"))
                .anyMatch(m -> m.contains(registered) && m.contains("已登记"))
                .anyMatch(m -> m.contains(clashing) && m.contains("内容不同"));
    }

    /** The commit checks each row again against the registry as it is then, not as it was at the preview. */
    @Test
    void anInstitutionDeactivatedAfterThePreviewRefusesItsRowsAtTheCommit() throws Exception {
        String prefix = "INST-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String id = upload("institution.xlsx", workbook(prefix, 2));
        awaitStatus(id, "PREVIEW");
        String institution = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                jdbc.sql("select request from intake_import_row where import_id = ? order by row_no fetch first 1 rows only")
                        .param(UUID.fromString(id)).query(String.class).single(), IntakeRequest.class).institution();
        jdbc.sql("update institution set active = false where code = ?").param(institution).update();
        try {
            commit(id);
            String done = awaitStatus(id, "DONE");
            assertThat(JsonPath.<Integer>read(done, "$.registered")).isZero();
            assertThat(cases(prefix)).isZero();
            assertThat(jdbc.sql("select status from intake_import_row where import_id = ? order by row_no")
                    .param(UUID.fromString(id)).query(String.class).list()).containsExactly("INVALID", "INVALID");
            assertThat(JsonPath.<List<String>>read(done, "$.errors[*].message"))
                    .anyMatch(m -> m.contains(institution) && m.contains("已停用"));
        } finally {
            jdbc.sql("update institution set active = true where code = ?").param(institution).update();
        }
    }

    @Test
    void thePageShowsTheProblemsAndTheRejectedRowsDownloadWithTheirErrors() throws Exception {
        String p = "PAGE-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String csv = String.join(",", HEADERS) + "\n"
                + "1," + p + "1,电热水壶,KE-1,2026.8.1,家用电器,杭州示例电器有限公司,91330106MA2H4K7P16,杭州市,泄漏电流,≤0.75mA,1.2mA,"
                + "LAB-SD,2026-08-20,2026-09-01,肥城市\n"
                + "2," + p + "2,电吹风,X,2026.8.1,家用电器,杭州示例电器有限公司,91330106MA2H4K7P16,杭州市,温升,≤75K,92K,"
                + "LAB-SD,2026-08-20,2026-07-01,肥城市\n";
        String location = mvc.perform(multipart("/intake/import").file(new MockMultipartFile("file", "page.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        awaitStatus(id, "PREVIEW");
        String page = mvc.perform(get(location).with(user(users.loadUserByUsername("handler1"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("报告日期").contains("检验报告日期不能早于抽样日期").contains("id=\"commit\"");
        mvc.perform(get(location).with(user(users.loadUserByUsername("handler2")))).andExpect(status().isNotFound());

        byte[] workbook = mvc.perform(get(location + "/rejected.xlsx").with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook));
             Stream<Row> rows = read.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all).hasSize(2);
            assertThat(all.get(0).getCell(HEADERS.size()).getText()).isEqualTo("问题说明");
            assertThat(all.get(1).getCell(1).getText()).isEqualTo(p + "2");
            assertThat(all.get(1).getCell(HEADERS.size()).getText()).contains("报告日期");
        }
        mvc.perform(post(location + "/commit").with(csrf()).with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().is3xxRedirection());
        awaitStatus(id, "DONE");
        assertThat(cases(p)).isEqualTo(1);
    }

    private static byte[] workbook(String prefix, int rows) throws Exception {
        return workbook(prefix, rows, "370983");
    }

    /** A clean results sheet as an institution sends it: one nonconforming result per row, of the bureau given. */
    public static byte[] workbook(String prefix, int rows, String bureau) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "QualityLoopTest", "1.0");
        Worksheet sheet = wb.newWorksheet("结果");
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, HEADERS.get(c));
        }
        for (int r = 1; r <= rows; r++) {
            Object[] values = {r, prefix + r, "电热水壶", "KE-" + r, "20260801", "家用电器", "杭州示例电器有限公司",
                    "91330106MA2H4K7P16", "杭州市", "泄漏电流", "≤0.75mA", "1.2mA", "山东省产品质量检验研究院", null, null, bureau};
            for (int c = 0; c < values.length; c++) {
                if (values[c] instanceof Integer n) {
                    sheet.value(r, c, n);
                } else if (values[c] != null) {
                    sheet.value(r, c, (String) values[c]);
                }
            }
            // dates as real Excel dates
            sheet.value(r, 13, java.time.LocalDate.of(2026, 8, 20));
            sheet.style(r, 13).format("yyyy-mm-dd").set();
            sheet.value(r, 14, java.time.LocalDate.of(2026, 9, 1));
            sheet.style(r, 14).format("yyyy-mm-dd").set();
        }
        wb.finish();
        return out.toByteArray();
    }

    /** The request the import kept for a row. */
    private IntakeRequest keptRequest(UUID importId, String reportNo) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(jdbc.sql(
                "select request from intake_import_row where import_id = ? and report_no = ?")
                .params(importId, reportNo).query(String.class).single(), IntakeRequest.class);
    }

    /** The same result under the same report number, but for another model: other content. */
    private static IntakeRequest withOtherModel(IntakeRequest read) {
        return new IntakeRequest(read.reportNo(), new IntakeRequest.ProductData(read.product().name(),
                "OTHER-MODEL", read.product().batch(), read.product().category()), read.sampledAt(),
                read.reportIssuedAt(), read.failedItems(), read.sampledEnterprise(), read.producer(), read.bureauCode(),
                read.organizingBureauCode(), read.institution(), read.spotCheckPlan(), read.adulterationSuspected());
    }

    private String upload(String name, byte[] content) throws Exception {
        String body = mvc.perform(multipart("/api/v1/intake/imports").file(new MockMultipartFile("file", name,
                        "application/octet-stream", content)).with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private void commit(String id) throws Exception {
        mvc.perform(post("/api/v1/intake/imports/" + id + "/commit").with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isAccepted());
    }

    /** Works the imports here (as the scheduler would) until the import reaches the status; its JSON. */
    private String awaitStatus(String id, String wanted) throws Exception {
        for (int i = 0; i < 2000; i++) {
            worker.poll();
            String body = mvc.perform(get("/api/v1/intake/imports/" + id).with(user(users.loadUserByUsername("handler1"))))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String status = JsonPath.read(body, "$.status");
            if (status.equals(wanted)) {
                return body;
            }
            assertThat(status).as("import " + id).isNotEqualTo("FAILED");
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " never reached " + wanted);
    }

    private void expireLease(UUID id) {
        jdbc.sql("update intake_import set claimed_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(3600)), id).update();
    }

    private int cases(String prefix) {
        return jdbc.sql("select count(*) from case_file where report_no like ?").param(prefix + "%").query(Integer.class).single();
    }
}
