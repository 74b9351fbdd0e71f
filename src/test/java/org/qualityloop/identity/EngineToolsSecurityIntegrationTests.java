package org.qualityloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's web apps and REST API are for administrators only. They are servlets outside Spring MVC,
 * so this runs against a real server: only there does a wrong matcher let their requests fall through to
 * the pages' chain, whose CSRF check then refuses an administrator's every POST.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineToolsSecurityIntegrationTests {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/camunda/app/cockpit/default/"})
    void onlyAdministratorsReachTheEngineTools(String path) throws Exception {
        assertThat(status("GET", path, "handler1")).isEqualTo(403);
        assertThat(status("GET", path, "supervisor1")).isEqualTo(403);
        assertThat(status("GET", path, null)).isEqualTo(401);
        // tests name their engine uniquely, so "default" answers 400/500 here: what matters is it is not refused
        assertThat(status("GET", path, "admin")).isNotIn(401, 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/message", "/engine-rest/process-definition/key/no-such-process/start"})
    void anAdministratorsPostReachesTheEngine(String path) throws Exception {
        // the engine answers (400/404/500 for a bad call); Spring Security does not refuse it
        assertThat(status("POST", path, "admin")).isNotIn(401, 403);
    }

    private int status(String method, String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        }
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
