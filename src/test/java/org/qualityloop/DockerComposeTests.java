package org.qualityloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot be run here (no Docker engine), so its agreement with the postgres profile is checked by reading it. */
class DockerComposeTests {

    @SuppressWarnings("unchecked")
    @Test
    void composeDatabaseUserPortAndProfileMatchThePostgresProfile() throws IOException {
        Map<String, Object> compose = load(Path.of("docker-compose.yml"));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> db = (Map<String, Object>) services.get("db");
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, String> dbEnv = (Map<String, String>) db.get("environment");
        Map<String, String> appEnv = (Map<String, String>) app.get("environment");

        assertThat((String) db.get("image")).startsWith("postgres:16");
        String volume = ((List<String>) db.get("volumes")).get(0).split(":")[0];
        assertThat(((Map<String, Object>) compose.get("volumes"))).containsKey(volume);
        assertThat(appEnv.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
        assertThat(((Map<String, Object>) app.get("depends_on"))).containsKey("db");

        Matcher composeUrl = jdbcUrl(appEnv.get("SPRING_DATASOURCE_URL"));
        assertThat(composeUrl.group(1)).isEqualTo("db");
        assertThat(composeUrl.group(2)).isEqualTo("5432");
        assertThat(composeUrl.group(3)).isEqualTo(dbEnv.get("POSTGRES_DB"));
        assertThat(appEnv.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(dbEnv.get("POSTGRES_USER"));
        assertThat(appEnv.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(dbEnv.get("POSTGRES_PASSWORD"));

        Map<String, Object> profile = load(Path.of("src/main/resources/application-postgres.yaml"));
        Map<String, Object> datasource = (Map<String, Object>) ((Map<String, Object>) profile.get("spring")).get("datasource");
        Matcher profileUrl = jdbcUrl(defaultOf((String) datasource.get("url"), "SPRING_DATASOURCE_URL"));
        assertThat(profileUrl.group(2)).isEqualTo(composeUrl.group(2));
        assertThat(profileUrl.group(3)).isEqualTo(composeUrl.group(3));
        assertThat(defaultOf((String) datasource.get("username"), "SPRING_DATASOURCE_USERNAME"))
                .isEqualTo(dbEnv.get("POSTGRES_USER"));
    }

    private static Matcher jdbcUrl(String url) {
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([\\w-]+)").matcher(url);
        assertThat(m.matches()).as("JDBC URL " + url).isTrue();
        return m;
    }

    /** {@code ${NAME:default}} -> default, checking the variable is the standard one. */
    private static String defaultOf(String placeholder, String variable) {
        assertThat(placeholder).startsWith("${" + variable + ":");
        return placeholder.substring(variable.length() + 3, placeholder.length() - 1);
    }

    private static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }
}
