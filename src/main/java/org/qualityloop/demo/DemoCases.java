package org.qualityloop.demo;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.qualityloop.calendar.BusinessClock;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.casefile.CaseFiles;
import org.qualityloop.identity.EnforcementOfficers;
import org.qualityloop.identity.UserAccounts;
import org.qualityloop.intake.IntakeRequest;
import org.qualityloop.intake.IntakeService;
import org.qualityloop.plans.Plans;
import org.qualityloop.process.Bpmn;
import org.qualityloop.process.TaskActions;
import org.qualityloop.process.TaskCompletion;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Sample cases at different stages, dated back from today so their deadlines are live. Each is moved by
 * the demo users through the same intake and task services the API uses.
 */
@Component
@ConditionalOnProperty(name = "qualityloop.demo.enabled", havingValue = "true")
class DemoCases {

    private static final String KETTLE_MAKER = "91330106MA2H4K7P16";
    private static final String TOY_SELLER = "91350200776049653A";

    private final IntakeService intake;
    private final TaskCompletion completion;
    private final TaskService tasks;
    private final UserAccounts users;
    private final BusinessClock clock;
    private final CaseFiles cases;
    private final TaskActions actions;
    private final EnforcementOfficers officers;
    private final Plans plans;
    private LocalDate today;

    DemoCases(IntakeService intake, TaskCompletion completion, TaskService tasks, UserAccounts users,
              BusinessClock clock, CaseFiles cases, TaskActions actions, EnforcementOfficers officers, Plans plans) {
        this.plans = plans;
        this.actions = actions;
        this.officers = officers;
        this.intake = intake;
        this.completion = completion;
        this.tasks = tasks;
        this.users = users;
        this.clock = clock;
        this.cases = cases;
    }

    void seed() {
        if (cases.any()) {
            return;
        }
        today = clock.today();
        try {
            createPlans();
            createCases();
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * 泰安市's plans of this year and the last, with the batches sampled per category and county: the denominators of
     * the nonconforming rates on /analytics.
     */
    private void createPlans() {
        int year = today.getYear();
        var organiser = users.loadUserByUsername("supervisor1").actor();
        plans.create(organiser, "TA-" + (year - 1), (year - 1) + "年泰安市产品质量监督抽查", year - 1, "370900",
                "家用电器,370983,30\n家用电器,370902,20\n儿童用品,370902,25\n电线电缆,370983,15");
        plans.create(organiser, "TA-" + year, year + "年泰安市产品质量监督抽查", year, "370900",
                "家用电器,370983,40\n家用电器,370902,20\n儿童用品,370902,30\n电线电缆,370983,20");
    }

    /**
     * Each step happens on its own day, with the engine clock set to it, so registration dates, task
     * arrival times and the event log read as a real history (the aging chart needs cases of several ages).
     */
    private void createCases() {
        register("DEMO-001", "370983", KETTLE_MAKER, "电热水壶", "家用电器", "LABELLING", "handler1", 2);
        CaseFile served = register("DEMO-002", "370983", KETTLE_MAKER, "电吹风", "家用电器", "PERFORMANCE", "handler1", 8);
        serve(served, "handler1", 3);
        CaseFile objected = register("DEMO-003", "370902", TOY_SELLER, "塑胶玩具", "儿童用品", "SAFETY", "handler2", 15);
        serve(objected, "handler2", 10);
        act(objected, Bpmn.Task.RESPOND_TO_RESULT, "handler2",
                Map.of("decision", "RETEST", "reason", "对增塑剂检测结果有异议，申请复检", "receivedOn", day(6)));
        CaseFile rectifying = register("DEMO-004", "370983", KETTLE_MAKER, "电热水器", "家用电器", "LABELLING", "handler1", 48);
        serve(rectifying, "handler1", 40);
        act(rectifying, Bpmn.Task.RESPOND_TO_RESULT, "handler1", Map.of("decision", "ACCEPT", "receivedOn", day(38)));
        act(rectifying, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1", Map.of("track", "GENERAL", "confirmedOn", day(36)));
        act(rectifying, Bpmn.Task.ISSUE_RECTIFICATION_ORDER, "handler1",
                Map.of("orderedOn", day(35), "requirements", "完善产品标识标注，召回已售产品"));
        CaseFile serious = register("DEMO-005", "370983", KETTLE_MAKER, "电线电缆", "电线电缆", "SAFETY", "handler1", 36);
        serve(serious, "handler1", 30);
        act(serious, Bpmn.Task.RESPOND_TO_RESULT, "handler1", Map.of("decision", "ACCEPT", "receivedOn", day(28)));
        act(serious, Bpmn.Task.CONFIRM_CLASSIFICATION, "handler1", Map.of("track", "SERIOUS", "confirmedOn", day(27)));
        CaseFile refused = register("DEMO-006", "370983", KETTLE_MAKER, "电饭锅", "家用电器", "PERFORMANCE", "handler1", 16);
        serve(refused, "handler1", 12);
        act(refused, Bpmn.Task.RESPOND_TO_RESULT, "handler1",
                Map.of("decision", "OBJECT", "reason", "认为抽样数量不足", "receivedOn", day(8)));
        act(refused, Bpmn.Task.DECIDE_OBJECTION_ACCEPTANCE, "handler1", Map.of("accepted", false,
                "reason", "抽样数量符合实施细则规定，异议理由不成立", "decidedOn", day(5)));
    }

    private CaseFile register(String reportNo, String bureau, String uscc, String product, String category,
                              String hazard, String handler, int daysAgo) {
        on(daysAgo);
        String name = KETTLE_MAKER.equals(uscc) ? "杭州示例电器有限公司" : "厦门示例实业有限公司";
        IntakeRequest request = new IntakeRequest(reportNo,
                new IntakeRequest.ProductData(product, "X-" + reportNo.substring(5), today.getYear() + "0601", category),
                day(70), day(60),
                List.of(new IntakeRequest.FailedItemData(item(hazard), "符合 GB 4706.1 要求", "不符合", hazard)),
                new IntakeRequest.PartyData(uscc, name, null), null, bureau, "370900", "LAB-SD",
                today.getYear() + "年产品质量省级监督抽查", false);
        return intake.register(request, users.loadUserByUsername(handler).actor()).caseFile();
    }

    private void serve(CaseFile c, String handler, int daysAgo) {
        act(c, Bpmn.Task.ISSUE_RESULT_NOTICE, handler, Map.of("issuedOn", day(daysAgo + 2)));
        act(c, Bpmn.Task.RECORD_SERVICE, handler, Map.of("method", "DIRECT", "servedOn", day(daysAgo),
                "evidence", "送达回证已签收"));
    }

    /** Completes the task on the day of the first date among its values (the day it was done). */
    private void act(CaseFile c, String taskKey, String username, Map<String, ?> values) {
        values.values().stream().filter(v -> v instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}"))
                .map(v -> LocalDate.parse((String) v)).min(LocalDate::compareTo)
                .ifPresent(date -> on((int) java.time.temporal.ChronoUnit.DAYS.between(date, today)));
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).taskDefinitionKey(taskKey)
                .singleResult().getId();
        completion.complete(taskId, withFellowOfficer(c, taskKey, username, values),
                users.loadUserByUsername(username).actor());
    }

    /** On an enforcement step the demo user acts with the first certified colleague of the case's bureau. */
    private Map<String, ?> withFellowOfficer(CaseFile c, String taskKey, String username, Map<String, ?> values) {
        if (actions.forKey(taskKey).form().field(TaskCompletion.CO_OFFICER).isEmpty()) {
            return values;
        }
        Map<String, Object> acting = new java.util.LinkedHashMap<>(values);
        officers.colleagues(username, c.bureauCode()).stream().findFirst()
                .ifPresent(o -> acting.put(TaskCompletion.CO_OFFICER, o.username()));
        return acting;
    }

    private String day(int daysAgo) {
        return today.minusDays(daysAgo).toString();
    }

    private void on(int daysAgo) {
        ClockUtil.setCurrentTime(Date.from(today.minusDays(daysAgo).atTime(9, 30).atZone(clock.zone()).toInstant()));
    }

    private static String item(String hazard) {
        return switch (hazard) {
            case "SAFETY" -> "泄漏电流和电气强度";
            case "PERFORMANCE" -> "输入功率和电流";
            default -> "标志和说明";
        };
    }
}
