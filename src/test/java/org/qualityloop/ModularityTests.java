package org.qualityloop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module borders hold: every top-level package is a module, no module reaches into another's internals,
 * and no two modules depend on each other in a circle. Writes the module diagram to {@code docs/modules/}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(QualityLoopApplication.class);

    @Test
    void modulesKeepTheirBordersAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void everyStageIsAModuleOfItsOwn() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).contains("intake", "delivery",
                "objection", "classification", "rectification", "penalty", "publication", "oversight",
                "administration", "worklist", "forms", "process", "casefile", "identity", "calendar", "audit");
    }

    /** The tables each module owns (README, "Modules"); nobody else names them in SQL. */
    static final Map<String, Set<String>> TABLES = Map.ofEntries(
            Map.entry("calendar", Set.of("holiday", "calendar_year", "deadline_rule")),
            Map.entry("identity", Set.of("app_user", "bureau", "institution", "password_history", "recovery_code",
                    "second_factor_policy", "api_token", "user_change", "registry_change")),
            Map.entry("casefile", Set.of("case_file", "failed_item", "case_deadline", "case_event", "document",
                    "attachment", "number_sequence", "enterprise")),
            Map.entry("intake", Set.of("intake_import", "intake_import_row")),
            Map.entry("delivery", Set.of("service_record", "service_signature")),
            Map.entry("objection", Set.of("objection", "retest")),
            Map.entry("rectification", Set.of("rectification", "reinspection")),
            Map.entry("penalty", Set.of("penalty_case")),
            Map.entry("publication", Set.of("publication_entry", "publication_change")),
            Map.entry("documents", Set.of("dossier")),
            Map.entry("models", Set.of("process_model_import", "stage_variant")),
            Map.entry("grading", Set.of("enterprise_risk_grade")),
            Map.entry("analytics", Set.of("analytics_tally_source", "analytics_tally", "analytics_tally_delta",
                    "analytics_tally_all", "analytics_enterprise_tally", "analytics_enterprise_delta",
                    "analytics_enterprise_all")),
            Map.entry("plans", Set.of("spot_check_plan", "plan_quota", "plan_handling_report")),
            Map.entry("worklist", Set.of("open_task", "open_task_candidate", "open_task_tally", "task_tally",
                    "task_tally_delta")),
            Map.entry("oversight", Set.of("deadline_alert", "notification", "deadline_extension")),
            Map.entry("audit", Set.of("audit_record", "audit_chain_head")),
            Map.entry("transactions", Set.of("follow_up")),
            Map.entry("web", Set.of("spring_session", "spring_session_attributes")));

    /**
     * The one reader of tables on both sides of a border: the consistency check compares the cases with the
     * engine's instances in set-based queries, which is what keeps it quick at 10^5 open cases.
     */
    static final Map<String, Set<String>> ALLOWED = Map.of("administration/ConsistencyCheck.java", Set.of("case_file"));

    private static final Pattern SQL_TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)\\b");

    @Test
    void noModuleReadsOrWritesAnotherModulesTables() throws Exception {
        Path root = Path.of("src/main/java/org/qualityloop");
        Map<String, String> owner = new HashMap<>();
        TABLES.forEach((module, tables) -> tables.forEach(t -> owner.put(t, module)));
        List<String> crossings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!relative.contains("/")) {
                    continue;
                }
                String module = relative.substring(0, relative.indexOf('/'));
                String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                Matcher m = SQL_TABLE.matcher(code);
                while (m.find()) {
                    String table = m.group(1).toLowerCase();
                    String tableOwner = owner.get(table);
                    if (tableOwner != null && !tableOwner.equals(module)
                            && !ALLOWED.getOrDefault(relative, Set.of()).contains(table)) {
                        crossings.add(relative + " uses " + table + " of " + tableOwner);
                    }
                }
            }
        }
        assertThat(crossings).isEmpty();
    }

    /**
     * The README's module diagram is the code's, drawn as Mermaid with only the dependencies that no longer
     * path implies; a changed structure fails here until the README shows it ({@code docs/modules.mmd}).
     */
    @Test
    void theReadmeShowsTheModulesAsTheyAre() throws Exception {
        String diagram = mermaid();
        Files.createDirectories(Path.of("docs", "modules"));
        Files.writeString(Path.of("docs", "modules.mmd"), diagram);
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(DIAGRAM_START);
        int end = readme.indexOf(DIAGRAM_END);
        assertThat(start).as("README has the module diagram between %s and %s", DIAGRAM_START, DIAGRAM_END)
                .isNotNegative();
        assertThat(readme.substring(start + DIAGRAM_START.length(), end).strip())
                .as("README's module diagram; the current one is in docs/modules.mmd")
                .isEqualTo(("```mermaid\n" + diagram + "```").strip());
    }

    static final String DIAGRAM_START = "<!-- modules:start -->";
    static final String DIAGRAM_END = "<!-- modules:end -->";

    /** The modules and their direct dependencies, less those implied by a longer path. */
    static String mermaid() {
        Map<String, Set<String>> uses = new java.util.TreeMap<>();
        MODULES.forEach(m -> uses.put(m.getIdentifier().toString(), m.getDirectDependencies(MODULES).uniqueModules()
                .map(d -> d.getIdentifier().toString()).filter(d -> !d.equals(m.getIdentifier().toString()))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))));
        StringBuilder out = new StringBuilder("flowchart TD\n");
        uses.forEach((module, targets) -> {
            if (targets.isEmpty() && uses.values().stream().noneMatch(t -> t.contains(module))) {
                out.append("  ").append(module).append('\n');
            }
            for (String target : targets) {
                boolean implied = targets.stream().filter(t -> !t.equals(target))
                        .anyMatch(t -> reaches(uses, t, target, new java.util.HashSet<>()));
                if (!implied) {
                    out.append("  ").append(module).append(" --> ").append(target).append('\n');
                }
            }
        });
        return out.toString();
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String to, Set<String> seen) {
        if (!seen.add(from)) {
            return false;
        }
        Set<String> next = uses.getOrDefault(from, Set.of());
        return next.contains(to) || next.stream().anyMatch(n -> reaches(uses, n, to, seen));
    }

    @Test
    void writesTheModuleDiagramForTheReadme() throws Exception {
        Path docs = Path.of("docs", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.UML))
                .writeModuleCanvases();
        assertThat(Files.list(docs).map(p -> p.getFileName().toString())).contains("components.puml");
    }
}
