package org.qualityloop.demo;

import java.util.List;
import org.qualityloop.casefile.Enterprises;
import org.qualityloop.casefile.Party;
import org.qualityloop.identity.Bureaus;
import org.qualityloop.identity.Institutions;
import org.qualityloop.identity.Role;
import org.qualityloop.identity.UserAccounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Bureaus, institutions and one user per role, password {@code demo}; created once, kept across restarts. */
@Component
@ConditionalOnProperty(name = "qualityloop.demo.enabled", havingValue = "true")
class DemoData {

    static final String PASSWORD = "demo";

    private final Bureaus bureaus;
    private final Institutions institutions;
    private final UserAccounts users;
    private final Enterprises enterprises;

    DemoData(Bureaus bureaus, Institutions institutions, UserAccounts users, Enterprises enterprises) {
        this.bureaus = bureaus;
        this.institutions = institutions;
        this.users = users;
        this.enterprises = enterprises;
    }

    @Transactional
    void seed() {
        // 三员分立: the security and audit administrators, added to older demo databases too
        if (!users.exists("auditor")) {
            users.create("auditor", PASSWORD, "审计管理员", Role.AUDITOR, null, null, null);
        }
        if (!users.exists("secadmin")) {
            users.create("secadmin", PASSWORD, "安全管理员", Role.SECURITY_ADMIN, null, null, null);
        }
        if (!users.exists("admin")) {
            seedRegistryAndUsers();
        }
        // enforcement takes two officers holding certificates (行政处罚法 Art.42): a colleague for handler1 in
        // 肥城, and certificates for those who act; added to older demo databases too
        if (!users.exists("handler3")) {
            users.create("handler3", PASSWORD, "赵执法（肥城）", Role.HANDLER, "370983", null, null);
            users.setEmail("handler3", "handler3@demo.qualityloop.local");
        }
        users.setCertificateIfNone("handler1", "15370983001");
        users.setCertificateIfNone("handler3", "15370983002");
        users.setCertificateIfNone("handler2", "15370902001");
        users.setCertificateIfNone("supervisor1", "15370900001");
    }

    private void seedRegistryAndUsers() {
        bureaus.add("370000", "山东省市场监督管理局", null);
        bureaus.add("370900", "泰安市市场监督管理局", "370000");
        bureaus.add("370983", "肥城市市场监督管理局", "370900");
        bureaus.add("370902", "泰安市泰山区市场监督管理局", "370900");
        institutions.add("LAB-SD", "山东省产品质量检验研究院", true);
        institutions.add("LAB-TA", "泰安市产品质量监督检验所", true);
        users.create("handler1", PASSWORD, "张承办（肥城）", Role.HANDLER, "370983", null, null);
        users.create("handler2", PASSWORD, "李承办（泰山区）", Role.HANDLER, "370902", null, null);
        users.create("supervisor1", PASSWORD, "王科长（泰安市）", Role.SUPERVISOR, "370900", null, null);
        enterprise("enterprise1", "91330106MA2H4K7P16", "杭州示例电器有限公司");
        enterprise("enterprise2", "91350200776049653A", "厦门示例实业有限公司");
        users.create("lab1", PASSWORD, "泰安市产品质量监督检验所", Role.INSTITUTION, null, null, "LAB-TA");
        users.create("admin", PASSWORD, "系统管理员", Role.ADMIN, null, null, null);
        for (String user : List.of("handler1", "handler2", "supervisor1", "enterprise1", "enterprise2", "lab1")) {
            users.setEmail(user, user + "@demo.qualityloop.local");
        }
    }

    private void enterprise(String username, String uscc, String name) {
        enterprises.register(new Party(uscc, name, null));
        users.create(username, PASSWORD, name, Role.ENTERPRISE, null, uscc, null);
    }
}
