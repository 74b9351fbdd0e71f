package org.qualityloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
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
    @Autowired ProcessEngine engine;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/camunda/app/cockpit/default/"})
    void onlyAdministratorsReachTheEngineTools(String path) throws Exception {
        assertThat(status("GET", path, "handler1")).isEqualTo(403);
        assertThat(status("GET", path, "supervisor1")).isEqualTo(403);
        // the web apps send a stranger to the sign-in page; the REST API asks for credentials
        assertThat(status("GET", path, null)).isEqualTo(path.startsWith("/camunda") ? 302 : 401);
        // tests name their engine uniquely, so "default" answers 400/500 here: what matters is it is not refused
        assertThat(status("GET", path, "admin")).isNotIn(401, 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/message", "/engine-rest/process-definition/key/no-such-process/start"})
    void anAdministratorsPostReachesTheEngine(String path) throws Exception {
        // the engine answers (400/404/500 for a bad call); Spring Security does not refuse it
        assertThat(status("POST", path, "admin")).isNotIn(401, 403);
    }

    @Test
    void anAdministratorSignedInToThePagesOpensCockpitWithoutSigningInAgain() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);

        HttpResponse<String> cockpit = browser.send(get("/camunda/app/cockpit/" + engine.getName() + "/"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cockpit.statusCode()).as("%s", cockpit.headers().firstValue("Location")).isEqualTo(200);
        // the web apps' own check of who is signed in: the application's administrator, no second sign-in
        HttpResponse<String> user = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/" + engine.getName()))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"");

        HttpClient handler = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String handlerLogin = handler.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(handlerLogin);
        assertThat(token.find()).isTrue();
        handler.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=handler1&password=demo&_csrf=" + token.group(1))).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> refused = handler.send(get("/camunda/app/cockpit/"), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).as("the application's 403 page, not a blank answer").contains("您无权办理此事项");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN").header("Accept", "text/html").GET().build();
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
