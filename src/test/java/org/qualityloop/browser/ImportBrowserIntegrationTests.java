package org.qualityloop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.qualityloop.CaseDriver;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.intake.ImportWorker;
import org.qualityloop.process.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15's "done when", in headless Chromium: a handler imports a sheet of results, reads what is wrong with a row,
 * downloads the rows not registered with their problems, fixes and imports them again; the case is handled to its
 * publication, and the public finds it on /public without signing in.
 */
@RequiresBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
class ImportBrowserIntegrationTests {

    static final String HEADER = "序号,报告编号,产品名称,规格型号,生产日期/批号,产品类别,受检单位,受检单位统一社会信用代码,地址,"
            + "不合格项目,标准要求,实测值,检验机构,抽样日期,报告日期,所属地区";

    @LocalServerPort int port;
    @Autowired CaseDriver driver;
    @Autowired CaseFiles cases;
    @Autowired ImportWorker worker;

    @BeforeEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void aHandlerImportsFixesTheRejectedRowAndThePublicFindsTheOutcome() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String product = "电热水壶" + tag;
        String today = driver.todayText();
        Path dir = Files.createTempDirectory("ql-import");
        Path sheet = dir.resolve("结果汇总表.csv");
        Files.writeString(sheet, HEADER + "\n"
                + "1,BR-" + tag + "-1," + product + ",KE-1,20260801,家用电器,杭州示例电器有限公司,91330106MA2H4K7P16,杭州市,"
                + "标志和说明,应有中文警示,无,山东省产品质量检验研究院," + today + "," + today + ",肥城市\n"
                + "2,BR-" + tag + "-2," + product + ",KE-2,20260801,家用电器,杭州示例电器有限公司,91330106MA2H4K7P17,杭州市,"
                + "标志和说明,应有中文警示,无,山东省产品质量检验研究院," + today + "," + today + ",肥城市\n",
                StandardCharsets.UTF_8);

        try (Browser browser = new Browser("http://localhost:" + port,
                Files.createDirectories(BrowserIntegrationTests.SCREENSHOTS.resolve("import")))) {
            browser.signIn("handler1");
            browser.click(By.linkText("批量导入"));
            browser.attach("file", sheet);
            browser.screenshot("import-form");
            browser.click(By.id("upload"));
            assertThat(browser.url()).contains("/intake/imports/");
            String status = browser.url();
            worker.poll();
            browser.open(status.substring(status.indexOf("/intake/")));
            browser.screenshot("import-preview");
            assertThat(browser.text()).contains("核对完毕").contains("统一社会信用代码无效").contains("受检单位统一社会信用代码");

            Path rejected = browser.download(By.id("rejected-workbook"));
            List<String> row;
            try (InputStream in = Files.newInputStream(rejected); ReadableWorkbook workbook = new ReadableWorkbook(in);
                 Stream<Row> rows = workbook.getFirstSheet().openStream()) {
                List<Row> all = rows.toList();
                assertThat(all).hasSize(2);
                row = new java.util.ArrayList<>();
                for (int i = 0; i < all.get(1).getCellCount(); i++) {
                    row.add(all.get(1).getCell(i) == null ? "" : all.get(1).getCell(i).getText());
                }
            }
            assertThat(row.get(row.size() - 1)).contains("统一社会信用代码无效");

            browser.click(By.id("commit"));
            worker.poll();
            browser.open(status.substring(status.indexOf("/intake/")));
            assertThat(browser.text()).contains("已完成");

            // the rejected row fixed in the downloaded workbook's terms and imported again
            Path fixed = dir.resolve("更正.csv");
            Files.writeString(fixed, HEADER + "\n" + String.join(",", row.subList(0, 16))
                    .replace("91330106MA2H4K7P17", "91330106MA2H4K7P16") + "\n", StandardCharsets.UTF_8);
            browser.open("/intake/import");
            browser.attach("file", fixed);
            browser.click(By.id("upload"));
            worker.poll();
            browser.open(browser.url().substring(browser.url().indexOf("/intake/")));
            browser.click(By.id("commit"));
            worker.poll();
            browser.signOut();
        }
        assertThat(cases.findByReportNo("BR-" + tag + "-2")).as("the fixed row registered").isPresent();

        CaseFile c = cases.findByReportNo("BR-" + tag + "-1").orElseThrow();
        handledToPublication(c, today);

        try (Browser reader = new Browser("http://localhost:" + port,
                Files.createDirectories(BrowserIntegrationTests.SCREENSHOTS.resolve("public")))) {
            reader.open("/public?q=" + product);
            reader.screenshot("public-list");
            assertThat(reader.text()).contains("杭州示例电器有限公司").contains("标志和说明").contains("责令整改，复查合格");
            reader.click(By.cssSelector("#entries tbody tr a"));
            assertThat(reader.text()).contains(product).contains("山东省产品质量检验研究院").contains("已按要求完成整改");
            reader.screenshot("public-entry");
        }
    }

    private void handledToPublication(CaseFile c, String today) {
        driver.complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", today));
        driver.complete(c, Bpmn.Task.RECORD_SERVICE, "handler1", Map.of("method", "DIRECT", "servedOn", today));
        driver.complete(c, Bpmn.Task.RESPOND_TO_RESULT, "handler1", Map.of("decision", "ACCEPT", "receivedOn", today));
        driver.complete(c, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1", Map.of("track", "GENERAL", "confirmedOn", today));
        driver.complete(c, Bpmn.Task.ISSUE_RECTIFICATION_ORDER, "handler1",
                Map.of("orderedOn", today, "requirements", "补全中文警示标识"));
        driver.complete(c, Bpmn.Task.SUBMIT_RECTIFICATION_REPORT, "handler1", Map.of("summary", "已补全标识",
                "disposal", "库存已返工", "stopSaleConfirmed", true, "submittedOn", today));
        driver.complete(c, Bpmn.Task.RECORD_FIRST_REINSPECTION, "handler1",
                Map.of("inspectedOn", today, "passed", true, "reportNo", "FC-" + today));
        driver.complete(c, Bpmn.Task.SUBMIT_HANDLING_REPORT, "handler1", Map.of("reportedOn", today, "summary", "已整改合格"));
        driver.complete(c, Bpmn.Task.DRAFT_PUBLICATION, "handler1", Map.of("handlingOutcome", "已按要求完成整改，复查合格"));
        driver.complete(c, Bpmn.Task.APPROVE_PUBLICATION, "supervisor1", Map.of("approved", true));
    }
}
