package org.qualityloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo is seeded with the engine clock moved back, step by step. A client that calls while the server
 * starts is answered only once the demo is in: its sign-in works and its case is dated today, not weeks ago.
 */
class DemoStartIntegrationTests {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRegistrationSentWhileTheDemoIsSeededIsAnsweredAfterwardsAndDatedToday() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        SpringApplication application = new SpringApplication(QualityLoopApplication.class);
        application.setAdditionalProfiles("test");
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() -> application.run(
                "--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:demo-start-" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1"));
        try {
            HttpResponse<String> registered = firstAnswer(port, Instant.now().plus(Duration.ofMinutes(3)));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            String id = json.readTree(registered.body()).get("id").asText();
            JsonNode c = json.readTree(http.send(request(port, "/api/v1/cases/" + id).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertThat(c.get("registeredOn").asText()).isEqualTo(today.toString());
            assertThat(c.get("deadlines").get(0).get("startsOn").asText()).isEqualTo(today.toString());
        } finally {
            starting.get().close();
        }
    }

    /** Calls until the server answers at all: the first answer is what a client starting early gets. */
    private HttpResponse<String> firstAnswer(int port, Instant giveUp) throws Exception {
        String body = """
                {"reportNo": "EARLY-%s",
                 "product": {"name": "电热水壶", "category": "家用电器"},
                 "sampledAt": "2026-09-01", "reportIssuedAt": "2026-09-10",
                 "failedItems": [{"item": "泄漏电流", "requirement": "≤0.75mA", "measured": "1.2mA", "hazard": "SAFETY"}],
                 "sampledEnterprise": {"uscc": "91330106MA2H4K7P16", "name": "杭州示例电器有限公司"},
                 "bureauCode": "370983", "organizingBureauCode": "370900", "institution": "LAB-SD"}
                """.formatted(UUID.randomUUID());
        while (true) {
            try {
                return http.send(request(port, "/api/v1/cases").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException notYetListening) {
                assertThat(Instant.now()).as("the server came up in time").isBefore(giveUp);
                Thread.sleep(20);
            }
        }
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("handler1:demo".getBytes(StandardCharsets.UTF_8)));
    }
}
