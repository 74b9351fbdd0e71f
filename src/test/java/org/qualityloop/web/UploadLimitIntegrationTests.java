package org.qualityloop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An upload over the server's limit, as a browser sends it (signed in, with the form's CSRF token) and as an
 * API client does: both get 413 with a message, never an empty answer or a closed connection. Only a real
 * server parses multipart bodies and enforces the limit, so this runs against one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLimitIntegrationTests {

    /** Over spring.servlet.multipart.max-request-size (60 MB). */
    private static final int OVER_THE_LIMIT = 61 * 1024 * 1024;

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPageUploadOverTheLimitComesBackWithTheErrorPagesMessage() throws Exception {
        String csrf = signIn("handler1");
        HttpResponse<String> answer = http.send(multipart("/tasks/no-such-task", csrf, null),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("上传的文件过大");
    }

    @Test
    void anApiUploadOverTheLimitIsAnsweredInJson() throws Exception {
        HttpResponse<String> answer = http.send(multipart("/api/v1/tasks/no-such-task/complete", null,
                "Basic " + Base64.getEncoder().encodeToString("handler1:demo".getBytes(StandardCharsets.UTF_8))),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(answer.body()).contains("\"error\"");
    }

    private String signIn(String username) throws Exception {
        String login = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(csrf(login), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return csrf(http.send(HttpRequest.newBuilder(uri("/inbox")).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpRequest multipart(String path, String csrf, String authorization) {
        String boundary = "qualityloop-test-boundary";
        StringBuilder head = new StringBuilder();
        if (csrf != null) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(csrf).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"files\"; "
                + "filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + OVER_THE_LIMIT + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(end, 0, body, start.length + OVER_THE_LIMIT, end.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }
}
