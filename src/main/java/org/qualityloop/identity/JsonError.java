package org.qualityloop.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;

/** The API's error body, {@code {"error": "…"}}, written by the security filters that answer before Spring MVC. */
final class JsonError {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonError() {
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getWriter(), Map.of("error", message));
    }
}
