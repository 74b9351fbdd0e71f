package org.qualityloop.process.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.qualityloop.CaseDriver;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.forms.FieldType;
import org.qualityloop.forms.FormField;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.process.TaskAction;
import org.qualityloop.process.TaskActions;
import org.qualityloop.web.RawCodes;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Works a task form through the pages as a user does: open it, submit it badly, then submit it right. */
final class TaskPages {

    private final MockMvc mvc;
    private final CaseDriver driver;
    private final UserAccounts users;
    private final TaskActions actions;
    private final TaskService tasks;

    private final RawCodes raw;
    private final List<String> rawFindings = new ArrayList<>();

    TaskPages(MockMvc mvc, CaseDriver driver, UserAccounts users, TaskActions actions, TaskService tasks, RawCodes raw) {
        this.raw = raw;
        this.mvc = mvc;
        this.driver = driver;
        this.users = users;
        this.actions = actions;
        this.tasks = tasks;
    }

    String open(String taskId, String username) throws Exception {
        String page = read("/tasks/" + taskId, username, "zh-CN");
        read("/tasks/" + taskId, username, "en");
        return page;
    }

    /**
     * A page as the user reads it in a language, its visible text scanned for codes standing for names; what is
     * found is kept for the test to report at the end.
     */
    String read(String path, String username, String language) throws Exception {
        MvcResult result = mvc.perform(get(path).cookie(new jakarta.servlet.http.Cookie("ql-lang", language))
                .with(user(users.loadUserByUsername(username)))).andReturn();
        assertThat(result.getResponse().getStatus()).as("GET %s as %s", path, username).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        raw.in(page).forEach(code -> rawFindings.add(path + " (" + language + ", " + username + "): " + code));
        return page;
    }

    List<String> rawFindings() {
        return rawFindings;
    }

    /** Where a test's stand-in session keeps the session cookie the application issued. */
    private static final String SESSION_COOKIE = "test.sessionCookie";

    MvcResult post(String taskId, String username, Map<String, ?> values, MockMultipartFile... files) throws Exception {
        return post(new org.springframework.mock.web.MockHttpSession(), taskId, username, values, files);
    }

    MvcResult post(org.springframework.mock.web.MockHttpSession session, String taskId, String username,
                   Map<String, ?> values, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/tasks/" + taskId);
        // sessions live in Spring Session's store and travel by cookie, as between a browser and any node
        if (session.getAttribute(SESSION_COOKIE) instanceof jakarta.servlet.http.Cookie cookie) {
            request.cookie(cookie);
        }
        values.forEach((k, v) -> request.param(k, String.valueOf(v)));
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        MvcResult result = mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
        jakarta.servlet.http.Cookie issued = result.getResponse().getCookie("SESSION");
        if (issued != null) {
            session.setAttribute(SESSION_COOKIE, issued);
        }
        return result;
    }

    /**
     * The whole round of one form: it renders with every field; without its first required field it comes
     * back with the message there and everything else typed still in place; submitted right (and confirmed
     * where it asks) it completes the task.
     */
    void work(CaseFile c, String taskKey, String username, Map<String, ?> values, MockMultipartFile... files)
            throws Exception {
        Task task = driver.task(c, taskKey);
        assertThat(task).as("%s waits at %s", c.caseNo(), taskKey).isNotNull();
        values = driver.withFellowOfficer(c, taskKey, username, values);
        String page = open(task.getId(), username);
        if (decides(actions.forKey(taskKey))) {
            assertThat(page).as("%s shows what it decides on", taskKey).contains("id=\"material\"")
                    .contains("class=\"recorded\"");
            String api = mvc.perform(get("/api/v1/tasks/" + task.getId()).with(user(users.loadUserByUsername(username))))
                    .andReturn().getResponse().getContentAsString();
            assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<?>>read(api, "$.material.facts"))
                    .as("%s's task form in the API has material", taskKey).isNotEmpty();
        }
        for (FormField field : actions.forKey(taskKey).form().fields()) {
            assertThat(page).as("%s renders field %s", taskKey, field.name()).contains("name=\"" + field.name() + "\"");
        }

        FormField missing = actions.forKey(taskKey).form().fields().stream().filter(FormField::required).findFirst()
                .orElseThrow();
        Map<String, Object> incomplete = new LinkedHashMap<>(values);
        incomplete.remove(missing.name());
        MvcResult rejected = post(task.getId(), username, incomplete);
        String again = rejected.getResponse().getContentAsString();
        assertThat(rejected.getResponse().getStatus()).as("%s without %s", taskKey, missing.name()).isEqualTo(200);
        assertThat(again).as("%s says what is missing", taskKey)
                .contains("id=\"e-" + missing.name() + "\"")
                .contains(missing.type() == FieldType.BOOLEAN ? "请选择" : "必填");
        incomplete.forEach((name, value) -> assertThat(again).as("%s keeps %s", taskKey, name)
                .contains(kept(actions.forKey(taskKey).form().field(name).orElseThrow(), String.valueOf(value))));
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("rejected input completes nothing").isEqualTo(1);

        MvcResult done = post(task.getId(), username, values, files);
        if (done.getResponse().getStatus() == 200 && done.getResponse().getContentAsString().contains("id=\"confirmation\"")) {
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("asking to confirm completes nothing")
                    .isEqualTo(1);
            Map<String, Object> confirmed = new LinkedHashMap<>(values);
            confirmed.put("confirmed", "true");
            done = post(task.getId(), username, confirmed, files);
        }
        assertThat(done.getResponse().getStatus()).as("%s completes: %s", taskKey, done.getResponse().getContentAsString())
                .isEqualTo(302);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("%s is completed", taskKey).isZero();
    }

    /** A decision task: one that asks for confirmation before an irreversible step. */
    static boolean decides(TaskAction action) {
        try {
            return org.springframework.aop.support.AopUtils.getTargetClass(action)
                    .getMethod("confirmation", org.qualityloop.process.TaskContext.class,
                            org.qualityloop.forms.FormValues.class)
                    .getDeclaringClass() != TaskAction.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static String kept(FormField field, String value) {
        // a choice is kept as the checked radio button; text as the text
        return field.type() == FieldType.BOOLEAN || field.type() == FieldType.CHOICE
                ? "value=\"" + value + "\" checked" : value;
    }
}
