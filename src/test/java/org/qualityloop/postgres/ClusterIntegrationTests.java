package org.qualityloop.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qualityloop.CaseDriver;
import org.qualityloop.QualityLoopApplication;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.process.Bpmn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes, each with its own web server and job executor, on one PostgreSQL database of
 * their own: timers fire once, a task done on one node is gone on the other, the same task completed on
 * both at the same moment succeeds once and answers 409 once, a signed-in user may land on either node, and
 * a restarted node deploys nothing new.
 */
@RequiresPostgres
class ClusterIntegrationTests {

    private static String database;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTwoNodes() {
        database = "qualityloop_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toLowerCase(Locale.ROOT);
        TestDatabase.execute("create database " + database);
        a = node("a");
        b = node("b");
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            TestDatabase.execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void aTaskCompletedOnOneNodeIsGoneOnTheOther() throws Exception {
        CaseFile c = driver(a).register();
        String taskId = driver(a).task(c, Bpmn.Task.ISSUE_RESULT_NOTICE).getId();
        assertThat(get(b, "/api/v1/tasks?max=200").body()).contains(taskId);

        assertThat(complete(a, taskId).statusCode()).isEqualTo(204);

        assertThat(get(b, "/api/v1/tasks?max=200").body()).doesNotContain(taskId);
        assertThat(complete(b, taskId).statusCode()).isEqualTo(409);
        assertThat(b.getBean(TaskService.class).createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void theSameTaskCompletedOnBothNodesAtOnceSucceedsOnceAndAnswers409Once() throws Exception {
        for (int round = 0; round < 20; round++) {
            CaseFile c = driver(a).register();
            String taskId = driver(a).task(c, Bpmn.Task.ISSUE_RESULT_NOTICE).getId();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (ConfigurableApplicationContext node : List.of(a, b)) {
                    Callable<Integer> attempt = () -> {
                        start.await();
                        return complete(node, taskId).statusCode();
                    };
                    answers.add(pool.submit(attempt));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(204, 409);
            } finally {
                pool.shutdownNow();
            }
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and event_type = 'TASK_COMPLETED'")
                    .param(c.id()).query(Integer.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from document where case_id = ? and kind = 'RESULT_NOTICE'")
                    .param(c.id()).query(Integer.class).single()).isEqualTo(1);
            assertThat(b.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(c.caseNo())
                    .taskDefinitionKey(Bpmn.Task.RECORD_SERVICE).count()).isEqualTo(1);
        }
    }

    @Test
    void everyTimerFiresExactlyOnceWithBothJobExecutorsRunning() throws Exception {
        LocalDate today = LocalDate.now(CaseDriver.BEIJING);
        List<CaseFile> cases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            CaseFile c = driver(i % 2 == 0 ? a : b).register();
            driver(a).complete(c, Bpmn.Task.ISSUE_RESULT_NOTICE, "handler1", Map.of("issuedOn", today.minusDays(45).toString()));
            // announced 40 days ago: service took effect 10 days ago, so the timer is due at once
            driver(a).complete(c, Bpmn.Task.RECORD_SERVICE, "handler1",
                    Map.of("method", "ANNOUNCEMENT", "servedOn", today.minusDays(40).toString()));
            cases.add(c);
        }
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && waiting(jdbc, cases) > 0) {
            Thread.sleep(500);
        }
        assertThat(waiting(jdbc, cases)).as("cases whose timer has not fired").isZero();
        for (CaseFile c : cases) {
            assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and event_type = 'DEEMED_SERVED'")
                    .param(c.id()).query(Integer.class).single()).as(c.caseNo()).isEqualTo(1);
            assertThat(a.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(c.caseNo())
                    .taskDefinitionKey(Bpmn.Task.RESPOND_TO_RESULT).count()).as(c.caseNo()).isEqualTo(1);
        }
    }

    @Test
    void aUserSignedInOnOneNodeStaysSignedInWhenTheNextRequestReachesTheOther() throws Exception {
        // one browser: cookies are kept per host, whichever node (port) answers, as behind a load balancer
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager(null,
                java.net.CookiePolicy.ACCEPT_ALL)).followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(page(a, "/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(page(a, "/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=handler2&password=demo&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> inbox = browser.send(page(b, "/inbox").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("handler2");
    }

    @Test
    void restartingANodeDeploysNoNewProcessVersions() {
        RepositoryService repository = a.getBean(RepositoryService.class);
        long deployments = repository.createDeploymentQuery().count();
        long definitions = repository.createProcessDefinitionQuery().count();

        b.close();
        b = node("b");

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        assertThat(get(b, "/actuator/health").statusCode()).isEqualTo(200);
    }

    /** A node as it would be started in production: its settings as command-line arguments, over the profile's. */
    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(QualityLoopApplication.class).profiles("test").run(
                "--spring.datasource.url=jdbc:postgresql://" + TestDatabase.HOST + "/" + database,
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=",
                "--server.port=0",
                "--spring.datasource.hikari.maximum-pool-size=6",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--spring.application.name=qualityloop-node-" + name);
    }

    private static long waiting(JdbcClient jdbc, List<CaseFile> cases) {
        return cases.stream().filter(c -> jdbc.sql(
                        "select count(*) from case_event where case_id = ? and event_type = 'DEEMED_SERVED'")
                .param(c.id()).query(Integer.class).single() == 0).count();
    }

    private static CaseDriver driver(ConfigurableApplicationContext node) {
        return node.getBean(CaseDriver.class);
    }

    private static HttpResponse<String> complete(ConfigurableApplicationContext node, String taskId) throws Exception {
        return http.send(request(node, "/api/v1/tasks/" + taskId + "/complete")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"issuedOn\":\""
                                + LocalDate.now(CaseDriver.BEIJING) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext node, String path) {
        try {
            return http.send(request(node, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder page(ConfigurableApplicationContext node, String path) {
        String port = node.getEnvironment().getProperty("local.server.port");
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
        return page(node, path)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("handler1:demo".getBytes()));
    }
}
