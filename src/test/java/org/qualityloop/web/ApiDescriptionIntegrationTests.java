package org.qualityloop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qualityloop.QualityLoopIntegrationTest;
import org.qualityloop.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API described for integrators (issue 15, item 7): every {@code /api/**} endpoint and the public open data are in
 * {@code /v3/api-docs} with a summary; registration and task completion carry examples; signed-in users only.
 */
@QualityLoopIntegrationTest
@AutoConfigureMockMvc
class ApiDescriptionIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsDescribed() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs").with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode paths = new ObjectMapper().readTree(docs).path("paths");

        List<String> undescribed = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String path : mapping.getKey().getPatternValues()) {
                if (!path.startsWith("/api/") && !path.matches("/public/(entries\\.json|entries\\.csv|feed\\.atom)")) {
                    continue;
                }
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    // the spec writes {state:deactivate|reactivate} as {state}
                    JsonNode operation = paths.path(path.replaceAll("\\{(\\w+):[^}]+}", "{$1}"))
                            .path(method.name().toLowerCase());
                    if (operation.path("summary").asText("").isBlank()) {
                        undescribed.add(method + " " + path);
                    }
                }
            }
        }
        assertThat(undescribed).as("endpoints without a description").isEmpty();
        assertThat(paths.path("/api/v1/cases").path("post").path("requestBody").toString()).contains("SD2026-JD-00123");
        assertThat(paths.path("/api/v1/tasks/{id}/complete").path("post").path("requestBody").toString())
                .contains("coOfficer");
        assertThat(paths.path("/api/v1/intake/imports/{id}").path("get").path("responses").toString())
                .contains("受检单位统一社会信用代码");
        assertThat(paths.path("/public/entries.json").path("get").path("responses").toString()).contains("outcomeName");
    }

    @Test
    void theDescriptionAndItsUiAreForSignedInUsersAndShipWithTheApplication() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html").with(user(users.loadUserByUsername("handler1"))))
                .andExpect(status().isOk());
    }
}
