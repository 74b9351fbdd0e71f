package org.qualityloop.models;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * BPMN 2.0 XML written for Flowable (or Activiti, or Camunda) turned into what Camunda runs, through an explicit
 * allow-list: every vendor attribute and extension either has a Camunda meaning we map it to, or the element is
 * refused with the reason. Camunda silently ignores attributes of a namespace it does not know (a Flowable form key,
 * due date or candidate group would come out empty), so nothing foreign is let through unread.
 */
final class CamundaMapping {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    static final String FLOWABLE = "http://flowable.org/bpmn";
    private static final Set<String> VENDORS = Set.of(FLOWABLE, "http://activiti.org/bpmn", CAMUNDA);
    /** Display hints the Flowable Modeler writes (who may complete, which IdM group): no meaning when run here. */
    private static final Set<String> MODELER = Set.of("http://flowable.org/modeler", "http://activiti.com/modeler");

    /** Our own models' retention (days), which Camunda 7.24 requires of every process. */
    static final String HISTORY_TIME_TO_LIVE = "180";

    /** The BPMN elements a stage of this service may use; anything else is refused with its name. */
    private static final Set<String> ELEMENTS = Set.of("definitions", "process", "documentation", "extensionElements",
            "startEvent", "endEvent", "userTask", "serviceTask", "businessRuleTask", "callActivity", "subProcess",
            "exclusiveGateway", "inclusiveGateway", "parallelGateway", "sequenceFlow", "conditionExpression",
            "boundaryEvent", "intermediateCatchEvent", "timerEventDefinition", "timeDate", "terminateEventDefinition",
            "incoming", "outgoing", "multiInstanceLoopCharacteristics", "loopCardinality", "completionCondition",
            "textAnnotation", "text", "association", "laneSet", "lane", "flowNodeRef", "collaboration", "participant");

    /** Why the usual suspects are refused, in words ({@code models.finding.refused.<reason>}). */
    private static final Map<String, String> REFUSED_ELEMENTS = Map.of("scriptTask", "script",
            "sendTask", "sendTask", "receiveTask", "receiveTask", "manualTask", "manualTask",
            "timeDuration", "timerNotRule", "timeCycle", "timerNotRule", "eventBasedGateway", "element",
            "signalEventDefinition", "element", "messageEventDefinition", "element");

    /** Vendor attributes with a Camunda meaning: local name there → local name here. */
    private static final Map<String, String> ATTRIBUTES = Map.ofEntries(
            Map.entry("candidateGroups", "candidateGroups"), Map.entry("candidateUsers", "candidateUsers"),
            Map.entry("assignee", "assignee"), Map.entry("formKey", "formKey"), Map.entry("dueDate", "dueDate"),
            Map.entry("priority", "priority"), Map.entry("delegateExpression", "delegateExpression"),
            Map.entry("async", "asyncBefore"), Map.entry("asyncBefore", "asyncBefore"),
            Map.entry("asyncAfter", "asyncAfter"), Map.entry("exclusive", "exclusive"),
            Map.entry("collection", "collection"), Map.entry("elementVariable", "elementVariable"),
            Map.entry("initiator", "initiator"), Map.entry("rules", "decisionRef"),
            Map.entry("decisionRef", "decisionRef"), Map.entry("resultVariable", "resultVariable"));

    /** Vendor attributes that say nothing here, or that the stage contract sets itself: dropped, said so. */
    private static final Set<String> DROPPED = Set.of("historyTimeToLive", "versionTag", "isStartableInTasklist",
            "mapDecisionResult", "formFieldValidation", "calledElementType", "inheritVariables", "inheritBusinessKey",
            "businessKey", "fallbackToDefaultTenant", "sameDeployment", "processInstanceName",
            "useLocalScopeForOutParameters", "completeAsync", "candidateStarterGroups", "candidateStarterUsers",
            "ruleVariablesInput", "exclude");

    /** Vendor attributes that would run code or behaviour Camunda cannot give: refused with their reason. */
    private static final Map<String, String> REFUSED_ATTRIBUTES = Map.of("class", "class", "type", "type",
            "expression", "expression", "skipExpression", "skipExpression", "triggerable", "element",
            "resultVariableName", "expression", "failedJobRetryTimeCycle", "element", "category", "element");

    /** Flowable's own expression functions (variables:get, vars:, bpmn:, flw.) mean nothing to Camunda's EL. */
    private static final Pattern FLOWABLE_FUNCTIONS =
            Pattern.compile("\\$\\{[^}]*(\\b(variables|vars|var|bpmn|flw|dates|json|execution_)\\s*:|\\bflw\\.)");

    record Result(String xml, List<String> processIds, List<ModelFinding> findings) {
        boolean refused() {
            return findings.stream().anyMatch(ModelFinding::refused);
        }
    }

    private CamundaMapping() {
    }

    /** XML parsed with DTDs and external entities off: a model file never reaches the network or the disk. */
    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static Result toCamunda(Document document, String versionTag) {
        List<ModelFinding> findings = new ArrayList<>();
        List<String> processIds = new ArrayList<>();
        Element root = document.getDocumentElement();
        if (!BPMN.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
            findings.add(ModelFinding.refused("", "", "models.finding.refused.notBpmn"));
            return new Result(null, processIds, findings);
        }
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:camunda", CAMUNDA);
        walk(root, null, findings);
        for (Element process : children(root, BPMN, "process")) {
            processIds.add(process.getAttribute("id"));
            process.setAttribute("isExecutable", "true");
            process.setAttributeNS(CAMUNDA, "camunda:historyTimeToLive", HISTORY_TIME_TO_LIVE);
            process.setAttributeNS(CAMUNDA, "camunda:versionTag", versionTag);
            findings.add(ModelFinding.changed(process.getAttribute("id"), process.getAttribute("name"),
                    "models.finding.changed.process", HISTORY_TIME_TO_LIVE, versionTag));
        }
        if (processIds.isEmpty()) {
            findings.add(ModelFinding.refused("", "", "models.finding.refused.noProcess"));
        }
        return new Result(write(document), processIds, findings);
    }

    private static void walk(Element element, Element task, List<ModelFinding> findings) {
        String ns = element.getNamespaceURI();
        String local = element.getLocalName();
        if (BPMN.equals(ns)) {
            if (!ELEMENTS.contains(local)) {
                Element owner = element.hasAttribute("id") || task == null ? element : task;
                findings.add(ModelFinding.refused(id(owner), name(owner),
                        "models.finding.refused." + REFUSED_ELEMENTS.getOrDefault(local, "element"), local));
                return;
            }
            if (element.hasAttribute("id") && !"definitions".equals(local)) {
                task = element;
            }
            attributes(element, findings);
            expressions(element, task, findings);
            if ("serviceTask".equals(local) && !element.hasAttributeNS(CAMUNDA, "delegateExpression")
                    && findings.stream().noneMatch(f -> f.refused() && f.elementId().equals(id(element)))) {
                findings.add(ModelFinding.refused(id(element), name(element), "models.finding.refused.noDelegate"));
            }
            if ("userTask".equals(local) || "serviceTask".equals(local) || "businessRuleTask".equals(local)
                    || "timerEventDefinition".equals(local)) {
                findings.add(ModelFinding.mapped(id(task), name(task), "models.finding.mapped." + local));
            }
        } else if (!isDiagram(ns)) {
            return; // extension elements are handled by their owner
        }
        for (Element child : children(element)) {
            if ("extensionElements".equals(child.getLocalName()) && BPMN.equals(child.getNamespaceURI())) {
                extensions(child, task, findings);
            } else {
                walk(child, task, findings);
            }
        }
        if (BPMN.equals(ns) && "callActivity".equals(local)) {
            contract(element, findings);
        }
    }

    private static boolean isDiagram(String ns) {
        return ns != null && ns.startsWith("http://www.omg.org/spec/");
    }

    private static void attributes(Element element, List<ModelFinding> findings) {
        List<Attr> vendor = new ArrayList<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Attr attr = (Attr) element.getAttributes().item(i);
            if (attr.getNamespaceURI() != null && VENDORS.contains(attr.getNamespaceURI())) {
                vendor.add(attr);
            }
        }
        for (Attr attr : vendor) {
            String local = attr.getLocalName();
            String value = attr.getValue();
            element.removeAttributeNode(attr);
            if (ATTRIBUTES.containsKey(local)) {
                String target = ATTRIBUTES.get(local);
                element.setAttributeNS(CAMUNDA, "camunda:" + target, value);
                if ("rules".equals(local)) {
                    element.setAttributeNS(CAMUNDA, "camunda:mapDecisionResult", "singleEntry");
                }
                if (!attr.getNamespaceURI().equals(CAMUNDA) && !local.equals(target)) {
                    findings.add(ModelFinding.changed(id(element), name(element), "models.finding.changed.attribute",
                            local, target));
                }
            } else if (REFUSED_ATTRIBUTES.containsKey(local)) {
                findings.add(ModelFinding.refused(id(element), name(element),
                        "models.finding.refused." + REFUSED_ATTRIBUTES.get(local), local + "=\"" + value + "\""));
            } else if (!DROPPED.contains(local)) {
                findings.add(ModelFinding.refused(id(element), name(element), "models.finding.refused.attribute",
                        local));
            }
        }
    }

    private static void expressions(Element element, Element task, List<ModelFinding> findings) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            values.add(element.getAttributes().item(i).getNodeValue());
        }
        if (Set.of("conditionExpression", "timeDate", "loopCardinality", "completionCondition")
                .contains(element.getLocalName())) {
            values.add(element.getTextContent());
        }
        for (String value : values) {
            if (value != null && FLOWABLE_FUNCTIONS.matcher(value).find()) {
                findings.add(ModelFinding.refused(id(task), name(task), "models.finding.refused.function", value));
            }
        }
    }

    /** Listeners with an expression or a bean survive; everything that names a Java class or a Flowable feature does not. */
    private static void extensions(Element extensions, Element owner, List<ModelFinding> findings) {
        boolean modelerHints = false;
        for (Element extension : children(extensions)) {
            String ns = extension.getNamespaceURI();
            String local = extension.getLocalName();
            if (MODELER.contains(ns)) {
                extensions.removeChild(extension);
                modelerHints = true;
                continue;
            }
            if (ns == null || !VENDORS.contains(ns)) {
                findings.add(ModelFinding.refused(id(owner), name(owner), "models.finding.refused.extension", local));
                continue;
            }
            switch (local) {
                case "executionListener", "taskListener" -> listener(extensions, extension, owner, findings);
                case "in", "out" -> extensions.removeChild(extension); // the call activity's contract sets them
                case "eventListener" -> findings.add(ModelFinding.refused(id(owner), name(owner),
                        "models.finding.refused.eventListener"));
                case "field" -> findings.add(ModelFinding.refused(id(owner), name(owner),
                        "models.finding.refused.field", extension.getAttribute("name")));
                case "formProperty", "formData" -> findings.add(ModelFinding.refused(id(owner), name(owner),
                        "models.finding.refused.formProperty"));
                default -> findings.add(ModelFinding.refused(id(owner), name(owner), "models.finding.refused.extension",
                        local));
            }
        }
        if (modelerHints) {
            findings.add(ModelFinding.changed(id(owner), name(owner), "models.finding.changed.modeler"));
        }
        if (children(extensions).isEmpty()) {
            extensions.getParentNode().removeChild(extensions);
        }
    }

    private static void listener(Element extensions, Element listener, Element owner, List<ModelFinding> findings) {
        String kind = listener.getLocalName();
        if (listener.hasAttribute("class") || !children(listener).isEmpty()) {
            findings.add(ModelFinding.refused(id(owner), name(owner), "models.finding.refused.classListener",
                    listener.hasAttribute("class") ? listener.getAttribute("class") : kind));
            return;
        }
        String expression = listener.getAttribute("expression");
        String delegate = listener.getAttribute("delegateExpression");
        if (expression.isBlank() && delegate.isBlank()) {
            findings.add(ModelFinding.refused(id(owner), name(owner), "models.finding.refused.classListener", kind));
            return;
        }
        for (String value : List.of(expression, delegate)) {
            if (FLOWABLE_FUNCTIONS.matcher(value).find()) {
                findings.add(ModelFinding.refused(id(owner), name(owner), "models.finding.refused.function", value));
            }
        }
        Element mapped = listener.getOwnerDocument().createElementNS(CAMUNDA, "camunda:" + kind);
        mapped.setAttribute("event", listener.getAttribute("event"));
        mapped.setAttribute(expression.isBlank() ? "delegateExpression" : "expression",
                expression.isBlank() ? delegate : expression);
        extensions.replaceChild(mapped, listener);
        if (!CAMUNDA.equals(listener.getNamespaceURI())) {
            findings.add(ModelFinding.mapped(id(owner), name(owner), "models.finding.mapped.listener",
                    listener.getAttribute("event"), expression.isBlank() ? delegate : expression));
        }
    }

    /**
     * A called stage shares the case with the main process: the business key (the case number) and every variable go
     * in and come back. Whatever the file says about passing variables is replaced by that.
     */
    private static void contract(Element callActivity, List<ModelFinding> findings) {
        Document doc = callActivity.getOwnerDocument();
        Element extensions = children(callActivity, BPMN, "extensionElements").stream().findFirst().orElse(null);
        if (extensions == null) {
            extensions = doc.createElementNS(BPMN, callActivity.getPrefix() == null ? "extensionElements"
                    : callActivity.getPrefix() + ":extensionElements");
            callActivity.insertBefore(extensions, callActivity.getFirstChild());
        }
        for (Element existing : children(extensions)) {
            if (VENDORS.contains(existing.getNamespaceURI())
                    && Set.of("in", "out").contains(existing.getLocalName())) {
                extensions.removeChild(existing);
            }
        }
        Node first = extensions.getFirstChild();
        Element businessKey = doc.createElementNS(CAMUNDA, "camunda:in");
        businessKey.setAttribute("businessKey", "#{execution.processBusinessKey}");
        Element in = doc.createElementNS(CAMUNDA, "camunda:in");
        in.setAttribute("variables", "all");
        Element out = doc.createElementNS(CAMUNDA, "camunda:out");
        out.setAttribute("variables", "all");
        extensions.insertBefore(businessKey, first);
        extensions.insertBefore(in, first);
        extensions.insertBefore(out, first);
        findings.add(ModelFinding.changed(id(callActivity), name(callActivity), "models.finding.changed.callActivity",
                callActivity.getAttribute("calledElement")));
    }

    static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    static List<Element> children(Element parent, String ns, String local) {
        return children(parent).stream().filter(e -> ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName()))
                .toList();
    }

    private static String id(Element e) {
        return e == null ? "" : e.getAttribute("id");
    }

    private static String name(Element e) {
        return e == null ? "" : e.getAttribute("name");
    }

    static String write(Document document) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("A parsed model could not be written back", e);
        }
    }

    /** The vendor namespaces a file declares, to tell a Flowable file from a Camunda one in the report. */
    static Set<String> vendors(Document document) {
        Set<String> found = new LinkedHashSet<>();
        var attrs = document.getDocumentElement().getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            if (VENDORS.contains(attrs.item(i).getNodeValue())) {
                found.add(attrs.item(i).getNodeValue());
            }
        }
        return found;
    }
}
