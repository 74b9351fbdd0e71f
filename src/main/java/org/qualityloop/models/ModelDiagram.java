package org.qualityloop.models;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.web.util.HtmlUtils;

/**
 * A model drawn by the server from its own diagram data (the shapes' bounds and the flows' waypoints the Modeler
 * wrote): events as circles, gateways as diamonds, tasks as rounded boxes, user tasks with their deadline rule; the
 * elements a proposed version adds or changes are marked. No script, nothing from elsewhere: an SVG in the page.
 */
final class ModelDiagram {

    private ModelDiagram() {
    }

    /** {@code dueLabel}: the name of the deadline rule a user task is due by, in the reader's language. */
    static String svg(BpmnModelInstance model, Set<String> marked, java.util.function.Function<String, String> dueLabel) {
        double maxX = 200;
        double maxY = 100;
        StringBuilder body = new StringBuilder();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            StringBuilder points = new StringBuilder();
            for (Waypoint w : edge.getWaypoints()) {
                points.append(num(w.getX())).append(',').append(num(w.getY())).append(' ');
                maxX = Math.max(maxX, w.getX());
                maxY = Math.max(maxY, w.getY());
            }
            String id = edge.getBpmnElement() == null ? "" : edge.getBpmnElement().getId();
            body.append("<polyline class=\"flow").append(marked.contains(id) ? " marked" : "")
                    .append("\" marker-end=\"url(#arrow)\" points=\"").append(points.toString().trim()).append("\"/>\n");
        }
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            Bounds b = shape.getBounds();
            BaseElement element = shape.getBpmnElement();
            if (b == null || !(element instanceof FlowElement flow)) {
                continue;
            }
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight());
            String css = (marked.contains(element.getId()) ? " marked" : "");
            String name = flow.getName() == null ? "" : flow.getName();
            body.append("<g data-id=\"").append(escape(element.getId())).append("\">");
            if (element instanceof Event) {
                double r = Math.min(b.getWidth(), b.getHeight()) / 2;
                boolean timer = !element.getChildElementsByType(TimerEventDefinition.class).isEmpty();
                body.append("<circle class=\"event").append(element instanceof BoundaryEvent ? " boundary" : "")
                        .append(css).append("\" cx=\"").append(num(b.getX() + r)).append("\" cy=\"")
                        .append(num(b.getY() + r)).append("\" r=\"").append(num(r)).append("\"/>");
                if (timer) {
                    body.append("<circle class=\"timer\" cx=\"").append(num(b.getX() + r)).append("\" cy=\"")
                            .append(num(b.getY() + r)).append("\" r=\"").append(num(r * 0.6)).append("\"/>");
                }
                text(body, name, b.getX() + r, b.getY() + b.getHeight() + 14, "label");
            } else if (element instanceof Gateway) {
                double cx = b.getX() + b.getWidth() / 2;
                double cy = b.getY() + b.getHeight() / 2;
                body.append("<polygon class=\"gateway").append(css).append("\" points=\"").append(num(cx)).append(',')
                        .append(num(b.getY())).append(' ').append(num(b.getX() + b.getWidth())).append(',')
                        .append(num(cy)).append(' ').append(num(cx)).append(',').append(num(b.getY() + b.getHeight()))
                        .append(' ').append(num(b.getX())).append(',').append(num(cy)).append("\"/>");
                text(body, name, cx, b.getY() - 6, "label");
            } else {
                body.append("<rect class=\"task").append(element instanceof UserTask ? " user" : "").append(css)
                        .append("\" rx=\"8\" x=\"").append(num(b.getX())).append("\" y=\"").append(num(b.getY()))
                        .append("\" width=\"").append(num(b.getWidth())).append("\" height=\"")
                        .append(num(b.getHeight())).append("\"/>");
                text(body, name, b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() / 2, "name");
                if (element instanceof UserTask task && task.getCamundaDueDate() != null) {
                    text(body, dueLabel.apply(task.getCamundaDueDate()), b.getX() + b.getWidth() / 2,
                            b.getY() + b.getHeight() - 8, "due");
                }
            }
            body.append("</g>\n");
        }
        // drawn at the model's own size: the page scrolls it sideways rather than shrinking the names unreadable
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"model-diagram\" role=\"img\" width=\"" + num(maxX + 40)
                + "\" height=\"" + num(maxY + 40) + "\" viewBox=\"0 0 " + num(maxX + 40) + " " + num(maxY + 40) + "\">\n"
                + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" markerUnits=\"userSpaceOnUse\" "
                + "markerHeight=\"9\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n"
                + body + "</svg>";
    }

    /** Names wrap at eight characters (Chinese task names are short; English ones break at spaces or hard). */
    private static void text(StringBuilder out, String text, double x, double y, String css) {
        if (text.isBlank()) {
            return;
        }
        int per = 8;
        int lines = (text.length() + per - 1) / per;
        double top = y - (lines - 1) * 7;
        out.append("<text class=\"").append(css).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(top))
                .append("\">");
        for (int i = 0; i < lines; i++) {
            String part = text.substring(i * per, Math.min(text.length(), (i + 1) * per));
            out.append("<tspan x=\"").append(num(x)).append("\" dy=\"").append(i == 0 ? "0" : "14").append("\">")
                    .append(escape(part)).append("</tspan>");
        }
        out.append("</text>");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
