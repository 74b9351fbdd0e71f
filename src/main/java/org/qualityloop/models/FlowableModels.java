package org.qualityloop.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.editor.language.json.converter.BpmnJsonConverter;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Flowable side, through Flowable's own converters (6.8.1, the Modeler's last): a Modeler JSON model or an app
 * export to BPMN XML, and one of our deployed models back to Modeler JSON so a designer can open it, change it and
 * bring it back.
 */
final class FlowableModels {

    /** One model found in an upload: where it came from and its BPMN XML (Flowable's or Camunda's dialect). */
    record Source(String entry, String format, byte[] xml) {
    }

    /** The upload could not be read at all; {@code messageKey} says why in words. */
    static final class Unreadable extends Exception {
        final String messageKey;
        final String detail;

        Unreadable(String messageKey, String detail) {
            super(messageKey + ": " + detail);
            this.messageKey = messageKey;
            this.detail = detail;
        }
    }

    private static final int MAX_ENTRY = 5 * 1024 * 1024;
    private static final int MAX_ENTRIES = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FlowableModels() {
    }

    /** A JSON model, an app zip of them, or BPMN XML; anything else is unreadable, with the reason. */
    static List<Source> read(String fileName, byte[] content) throws Unreadable {
        if (content == null || content.length == 0) {
            throw new Unreadable("models.file.empty", fileName);
        }
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K') {
            return zip(content);
        }
        String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        if (head.startsWith("{")) {
            return List.of(new Source(fileName, "json", jsonToXml(content, fileName)));
        }
        if (head.startsWith("<")) {
            return List.of(new Source(fileName, "xml", content));
        }
        throw new Unreadable("models.file.format", fileName);
    }

    private static List<Source> zip(byte[] content) throws Unreadable {
        List<Source> found = new ArrayList<>();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new Unreadable("models.file.zipTooLarge", String.valueOf(MAX_ENTRIES));
                }
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = limited(zip, name);
                if (lower.startsWith("bpmn-models/") && lower.endsWith(".json")) {
                    found.add(new Source(name, "json", jsonToXml(bytes, name)));
                } else if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
                    found.add(new Source(name, "xml", bytes));
                }
                // the app definition, forms, decision tables and thumbnails are the Modeler's own: forms and rules
                // of this service live in the service
            }
        } catch (IOException e) {
            throw new Unreadable("models.file.zip", e.getMessage());
        }
        if (found.isEmpty()) {
            throw new Unreadable("models.file.zipEmpty", "");
        }
        return found;
    }

    private static byte[] limited(InputStream in, String name) throws IOException, Unreadable {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_ENTRY) {
                throw new Unreadable("models.file.entryTooLarge", name);
            }
        }
        return out.toByteArray();
    }

    /** Modeler JSON (bare, or wrapped as an app export writes it: {@code {"key", "name", "editorJson": {...}}}). */
    static byte[] jsonToXml(byte[] content, String name) throws Unreadable {
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (IOException e) {
            throw new Unreadable("models.file.json", name + ": " + e.getMessage());
        }
        if (node.has("editorJson")) {
            JsonNode editor = node.get("editorJson");
            try {
                node = editor.isTextual() ? JSON.readTree(editor.asText()) : editor;
            } catch (IOException e) {
                throw new Unreadable("models.file.json", name + ": " + e.getMessage());
            }
        }
        if (!node.has("childShapes")) {
            throw new Unreadable("models.file.notModelerJson", name);
        }
        try {
            BpmnModel model = new BpmnJsonConverter().convertToBpmnModel(node);
            if (model.getProcesses().isEmpty()) {
                throw new Unreadable("models.file.notModelerJson", name);
            }
            return new BpmnXMLConverter().convertToXML(model, StandardCharsets.UTF_8.name());
        } catch (RuntimeException e) {
            throw new Unreadable("models.file.json", name + ": " + e.getMessage());
        }
    }

    /**
     * One of our models as the Modeler's JSON: the Camunda attributes put in Flowable's namespace (a business rule
     * task's decision as Flowable's rule), read by Flowable's XML converter and written by its JSON converter.
     */
    static ObjectNode toModelerJson(String camundaXml) {
        try {
            Document document = CamundaMapping.parse(camundaXml.getBytes(StandardCharsets.UTF_8));
            toFlowableDialect(document.getDocumentElement());
            document.getDocumentElement().setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:flowable",
                    CamundaMapping.FLOWABLE);
            byte[] xml = CamundaMapping.write(document).getBytes(StandardCharsets.UTF_8);
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(
                    factory.createXMLStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8.name()));
            return new BpmnJsonConverter().convertToJson(model);
        } catch (Exception e) {
            throw new IllegalStateException("A deployed model could not be written as Modeler JSON", e);
        }
    }

    private static void toFlowableDialect(Element element) {
        List<Attr> camunda = new ArrayList<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Attr attr = (Attr) element.getAttributes().item(i);
            if (CamundaMapping.CAMUNDA.equals(attr.getNamespaceURI())) {
                camunda.add(attr);
            }
        }
        for (Attr attr : camunda) {
            element.removeAttributeNode(attr);
            String local = switch (attr.getLocalName()) {
                case "decisionRef" -> "rules";
                case "asyncBefore" -> "async";
                case "historyTimeToLive", "versionTag", "mapDecisionResult" -> null;
                default -> attr.getLocalName();
            };
            if (local != null) {
                element.setAttributeNS(CamundaMapping.FLOWABLE, "flowable:" + local, attr.getValue());
            }
        }
        for (Element child : CamundaMapping.children(element)) {
            if (CamundaMapping.CAMUNDA.equals(child.getNamespaceURI())) {
                if (child.getLocalName().endsWith("Listener")) {
                    Element listener = element.getOwnerDocument().createElementNS(CamundaMapping.FLOWABLE,
                            "flowable:" + child.getLocalName());
                    for (String name : List.of("event", "expression", "delegateExpression", "class")) {
                        if (child.hasAttribute(name)) {
                            listener.setAttribute(name, child.getAttribute(name));
                        }
                    }
                    element.replaceChild(listener, child);
                } else {
                    element.removeChild(child); // in/out: the stage contract, set again on import
                }
            } else {
                toFlowableDialect(child);
            }
        }
        if ("extensionElements".equals(element.getLocalName()) && CamundaMapping.children(element).isEmpty()) {
            element.getParentNode().removeChild(element);
        }
    }
}
