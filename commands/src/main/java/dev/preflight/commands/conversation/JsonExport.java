package dev.preflight.commands.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.RecordedEvent;
import dev.preflight.commands.deployment.SignOff;
import dev.preflight.commands.template.Item;
import dev.preflight.commands.template.SignOffRole;

import java.util.List;
import java.util.Locale;

/** The deployment and every event of its log as JSON; moments are ISO-8601 instants in UTC. */
final class JsonExport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonExport() {
    }

    static String render(Deployment d, List<RecordedEvent> events) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", d.id());
        root.put("name", d.name());
        root.put("environment", d.environment());
        root.put("channel", d.channel());
        root.put("thread", d.threadRef().orElse(null));
        root.put("template", d.templateName());
        root.put("status", d.status().name().toLowerCase(Locale.ROOT));
        root.put("startedBy", d.startedBy());
        root.put("startedAt", d.startedAt().toString());
        root.put("progress", DeploymentView.progress(d));
        ArrayNode items = root.putArray("items");
        d.template().items().forEach(item -> items.add(item(item, d.items().get(item.number()))));
        ArrayNode signOffs = root.putArray("signOffs");
        d.template().roles().forEach(role -> signOffs.add(signOff(role, d.signOffs().get(role.slug()))));
        ArrayNode log = root.putArray("events");
        events.forEach(e -> log.add(event(e)));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new AssertionError("a tree of plain values always serializes", e);
        }
    }

    private static ObjectNode item(Item item, ItemState state) {
        ObjectNode node = JSON.createObjectNode();
        node.put("number", item.number());
        node.put("section", item.section());
        node.put("subsection", item.subsection());
        node.put("text", item.text());
        node.put("required", item.required());
        node.put("state", state == null ? "open" : state instanceof ItemState.NotApplicable ? "n/a" : "done");
        if (state != null) {
            node.put("by", state.by());
            node.put("at", state.at().toString());
        }
        if (state instanceof ItemState.NotApplicable na) {
            node.put("reason", na.reason());
        }
        return node;
    }

    private static ObjectNode signOff(SignOffRole role, SignOff signOff) {
        ObjectNode node = JSON.createObjectNode();
        node.put("role", role.slug());
        node.put("name", role.name());
        node.put("signed", signOff != null);
        if (signOff != null) {
            node.put("by", signOff.by());
            node.put("at", signOff.at().toString());
            node.put("comment", signOff.comment());
        }
        return node;
    }

    private static ObjectNode event(RecordedEvent e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("sequence", e.sequence());
        node.put("at", e.at().toString());
        node.put("actor", e.actor());
        node.put("requestId", e.requestId());
        node.put("type", e.event().getClass().getSimpleName());
        node.setAll((ObjectNode) JSON.valueToTree(e.event()));
        return node;
    }
}
