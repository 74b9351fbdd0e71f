package org.qualityloop.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopApplication;
import org.qualityloop.administration.ConsistencyCheck;
import org.qualityloop.audit.AuditVerification;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.Track;
import org.qualityloop.process.Bpmn;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backup and restore of docs/operations.md, done: a database with cases in many stages (the demo's and more) is
 * dumped with pg_dump, restored with pg_restore into a fresh database, and the application started on the
 * copy finds the consistency check clean, the audit chains intact and every case there.
 */
@RequiresPostgres
class BackupRestoreIntegrationTests {

    @Test
    void aDumpRestoredIntoAFreshDatabaseStartsCleanWithItsChainsIntact() throws Exception {
        String source = database("bk_source");
        String restored = database("bk_restored");
        Path dump = Files.createTempFile("qualityloop-", ".dump");
        try {
            long cases;
            List<String> stages;
            try (ConfigurableApplicationContext app = start(source)) {
                // besides the demo's: cases in classification, and in rectification with a penalty case beside it
                CaseDriver driver = app.getBean(CaseDriver.class);
                CaseDriver.today("2026-12-31");
                try {
                    driver.accepted(driver.register());
                    CaseFile serious = driver.rectifying(Track.SERIOUS);
                    driver.complete(serious, Bpmn.Task.VERIFY_LEAD, "handler1",
                            Map.of("proposal", "FILE", "findings", "涉案产品三百台", "verifiedOn", "2026-09-29"));
                } finally {
                    ClockUtil.reset();
                }
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                cases = jdbc.sql("select count(*) from case_file").query(Long.class).single();
                stages = jdbc.sql("select distinct stage from case_file order by stage").query(String.class).list();
                assertThat(app.getBean(AuditVerification.class).verify().intact()).isTrue();
            }
            assertThat(stages).as("cases in several stages").contains("DELIVERY", "OBJECTION", "CLASSIFICATION",
                    "RECTIFICATION");

            run("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + source);
            run("pg_restore", "--dbname=" + restored, "--no-owner", "--exit-on-error", dump.toString());

            try (ConfigurableApplicationContext app = start(restored)) {
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select count(*) from case_file").query(Long.class).single()).isEqualTo(cases);
                assertThat(app.getBean(ConsistencyCheck.class).run()).isEmpty();
                AuditVerification.Result chains = app.getBean(AuditVerification.class).verify();
                assertThat(chains.intact()).isTrue();
                assertThat(chains.checked()).isPositive();
            }
        } finally {
            Files.deleteIfExists(dump);
            TestDatabase.execute("drop database if exists " + source + " with (force)");
            TestDatabase.execute("drop database if exists " + restored + " with (force)");
        }
    }

    private static String database(String purpose) {
        String name = "qualityloop_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        TestDatabase.execute("create database " + name);
        return name;
    }

    private static ConfigurableApplicationContext start(String database) {
        SpringApplication application = new SpringApplication(QualityLoopApplication.class);
        application.setAdditionalProfiles("test");
        return application.run("--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://" + TestDatabase.HOST + "/" + database,
                "--spring.datasource.username=" + TestDatabase.USER, "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=4");
    }

    private static void run(String tool, String... arguments) throws Exception {
        String[] hostPort = TestDatabase.HOST.split(":");
        List<String> command = new java.util.ArrayList<>(List.of(tool, "--host=" + hostPort[0],
                "--port=" + (hostPort.length > 1 ? hostPort[1] : "5432"), "--username=" + TestDatabase.USER));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(tool + ": " + output).isZero();
    }
}
