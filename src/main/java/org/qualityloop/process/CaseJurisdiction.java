package org.qualityloop.process;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.qualityloop.casefile.CaseFile;
import org.qualityloop.identity.CandidateGroup;
import org.springframework.stereotype.Component;

/**
 * A case moved to another bureau, in the engine: every process of the case knows the new bureau, so tasks created
 * from now on go to its staff, and every open task's bureau groups are exchanged for the new bureau's at once.
 */
@Component
public class CaseJurisdiction {

    private final RuntimeService runtime;
    private final TaskService tasks;

    CaseJurisdiction(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    public void move(CaseFile c, String from, String to) {
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).list();
        for (ProcessInstance instance : instances) {
            runtime.setVariable(instance.getId(), Bpmn.Var.BUREAU, to);
        }
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).list()) {
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                        && link.getGroupId().endsWith("-" + from) && !link.getGroupId().startsWith(CandidateGroup.ENTERPRISE)) {
                    tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
                    tasks.addCandidateGroup(task.getId(), link.getGroupId().substring(0,
                            link.getGroupId().length() - from.length()) + to);
                }
            }
            if (task.getAssignee() != null) {
                // whoever held it in the old bureau holds it no longer: it waits for the new bureau's staff
                tasks.setAssignee(task.getId(), null);
            }
        }
    }
}
