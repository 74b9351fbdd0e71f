package org.qualityloop.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk intake into the packaged application, killed with SIGKILL half-way and started again: the client
 * sends every report again (the report number is the idempotency key), and in the end every report is
 * one case with its running process instance, none lost and none twice.
 */
@RequiresPostgres
class CrashSafetyIntegrationTests {

    static final int REPORTS = 300;
    static final Path JAR = Path.of("target/qualityloop.jar");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String database;
    private Process node;
    private int port;

    @AfterEach
    void stop() {
        if (node != null) {
            node.destroyForcibly();
        }
        if (database != null) {
            TestDatabase.execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void bulkIntakeKilledHalfWayLosesNoCaseAndDuplicatesNone() throws Exception {
        assertThat(JAR).as("the packaged application (mvn package runs before the integration tests)").exists();
        database = "qualityloop_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toLowerCase(Locale.ROOT);
        TestDatabase.execute("create database " + database);
        String run = UUID.randomUUID().toString().substring(0, 8);
        start(1);

        Set<String> accepted = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < REPORTS; i++) {
            String reportNo = "CRASH-" + run + "-" + i;
            clients.submit(() -> {
                if (register(reportNo) / 100 == 2) {
                    accepted.add(reportNo);
                }
            });
        }
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (accepted.size() < REPORTS / 2 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int acceptedBeforeKill = accepted.size();
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.SECONDS);
        System.out.printf("Crash test: %d of %d reports accepted before SIGKILL%n", acceptedBeforeKill, REPORTS);
        assertThat(acceptedBeforeKill).as("killed half-way").isBetween(REPORTS / 2, REPORTS - 1);

        start(2);
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            answers.add(register("CRASH-" + run + "-" + i));
        }
        assertThat(answers).as("every report taken, either as new (201) or as the one already stored (200)")
                .allMatch(status -> status == 201 || status == 200);
        assertThat(answers.stream().filter(status -> status == 200).count()).isGreaterThanOrEqualTo(acceptedBeforeKill);

        try (Connection db = DriverManager.getConnection("jdbc:postgresql://" + TestDatabase.HOST + "/" + database,
                TestDatabase.USER, "")) {
            assertThat(count(db, "select count(*) from case_file where report_no like 'CRASH-" + run + "-%'"))
                    .isEqualTo(REPORTS);
            assertThat(count(db, "select count(distinct report_no) from case_file where report_no like 'CRASH-" + run + "-%'"))
                    .isEqualTo(REPORTS);
            assertThat(count(db, """
                    select count(*) from case_file c where c.report_no like 'CRASH-%' and not exists
                      (select 1 from act_ru_execution e where e.id_ = c.process_instance_id)""")).isZero();
            assertThat(count(db, """
                    select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
                    where e.id_ = e.proc_inst_id_ and d.key_ = 'post-processing'
                      and not exists (select 1 from case_file c where c.process_instance_id = e.id_)""")).isZero();
        }
        HttpResponse<String> check = http.send(request("/api/v1/admin/consistency", "admin").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).as("the administrator's consistency check").isEqualTo("[]");
    }

    private void start(int attempt) throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Files.createDirectories(Path.of("target/crash")).resolve("node-" + attempt + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        node = new ProcessBuilder(java, "-Xmx512m", "-jar", JAR.toString(),
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://" + TestDatabase.HOST + "/" + database,
                "--spring.datasource.username=" + TestDatabase.USER, "--spring.datasource.password=",
                "--server.port=" + port, "--qualityloop.demo.enabled=true")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            assertThat(node.isAlive()).as("node started; see %s", log).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("node did not answer in 120 s; see " + log);
    }

    /** Registers one report; a connection lost to the kill counts as not accepted (status 0). */
    private int register(String reportNo) {
        String json = """
                {"reportNo": "%s",
                 "product": {"name": "电热水壶", "model": "KE-1701", "batch": "20260901", "category": "家用电器"},
                 "sampledAt": "2026-10-08", "reportIssuedAt": "2026-10-20",
                 "failedItems": [{"item": "泄漏电流", "requirement": "≤0.75mA", "measured": "1.2mA", "hazard": "SAFETY"}],
                 "sampledEnterprise": {"uscc": "91330106MA2H4K7P16", "name": "杭州示例电器有限公司", "address": "杭州市"},
                 "bureauCode": "370983", "organizingBureauCode": "370900", "institution": "LAB-SD"}""".formatted(reportNo);
        try {
            return http.send(request("/api/v1/cases", "handler1").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
