package dev.preflight.storage.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentEvent.Cancelled;
import dev.preflight.commands.deployment.DeploymentEvent.Completed;
import dev.preflight.commands.deployment.DeploymentEvent.MarkedNotApplicable;
import dev.preflight.commands.deployment.DeploymentEvent.SignOffRevoked;
import dev.preflight.commands.deployment.DeploymentEvent.SignedOff;
import dev.preflight.commands.deployment.DeploymentEvent.Started;
import dev.preflight.commands.deployment.DeploymentEvent.ThreadLinked;
import dev.preflight.commands.deployment.DeploymentEvent.Ticked;
import dev.preflight.commands.deployment.DeploymentEvent.Unticked;
import dev.preflight.commands.deployment.StoreException;

/**
 * Each event as a type tag (stored in its own column) and a JSON object of its fields. The mapping is
 * written out by hand so that renaming a Java type or accessor can never silently change what is stored.
 */
final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An event ready to store. */
    record Encoded(String type, String payload) {
    }

    private EventJson() {
    }

    static Encoded encode(DeploymentEvent event) {
        ObjectNode n = JSON.createObjectNode();
        String type;
        if (event instanceof Started s) {
            type = "started";
            n.put("name", s.name()).put("environment", s.environment()).put("channel", s.channel())
                    .put("templateName", s.templateName()).put("templateSource", s.templateSource());
        } else if (event instanceof ThreadLinked t) {
            type = "thread_linked";
            n.put("threadRef", t.threadRef());
        } else if (event instanceof Ticked t) {
            type = "ticked";
            n.put("item", t.item());
        } else if (event instanceof Unticked u) {
            type = "unticked";
            n.put("item", u.item());
        } else if (event instanceof MarkedNotApplicable m) {
            type = "marked_not_applicable";
            n.put("item", m.item()).put("reason", m.reason());
        } else if (event instanceof SignedOff s) {
            type = "signed_off";
            n.put("role", s.role()).put("comment", s.comment());
        } else if (event instanceof SignOffRevoked r) {
            type = "sign_off_revoked";
            n.put("role", r.role());
        } else if (event instanceof Completed c) {
            type = "completed";
            n.put("forced", c.forced()).put("reason", c.reason());
        } else if (event instanceof Cancelled c) {
            type = "cancelled";
            n.put("reason", c.reason());
        } else {
            throw new AssertionError("unknown event " + event);
        }
        return new Encoded(type, n.toString());
    }

    static DeploymentEvent decode(String type, String payload) {
        Fields f = new Fields(type, read(type, payload));
        return switch (type) {
            case "started" -> new Started(f.text("name"), f.text("environment"), f.text("channel"),
                    f.text("templateName"), f.text("templateSource"));
            case "thread_linked" -> new ThreadLinked(f.text("threadRef"));
            case "ticked" -> new Ticked(f.number("item"));
            case "unticked" -> new Unticked(f.number("item"));
            case "marked_not_applicable" -> new MarkedNotApplicable(f.number("item"), f.text("reason"));
            case "signed_off" -> new SignedOff(f.text("role"), f.text("comment"));
            case "sign_off_revoked" -> new SignOffRevoked(f.text("role"));
            case "completed" -> new Completed(f.flag("forced"), f.text("reason"));
            case "cancelled" -> new Cancelled(f.text("reason"));
            default -> throw new StoreException("unknown event type '" + type + "' in the log", null);
        };
    }

    private static JsonNode read(String type, String payload) {
        try {
            return JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable payload of a '" + type + "' event", e);
        }
    }

    /** The fields of one stored payload; a missing or mistyped field means the log is damaged. */
    private record Fields(String type, JsonNode node) {

        String text(String name) {
            JsonNode v = field(name);
            if (v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw damaged(name);
            }
            return v.textValue();
        }

        int number(String name) {
            JsonNode v = field(name);
            if (!v.isInt()) {
                throw damaged(name);
            }
            return v.intValue();
        }

        boolean flag(String name) {
            JsonNode v = field(name);
            if (!v.isBoolean()) {
                throw damaged(name);
            }
            return v.booleanValue();
        }

        private JsonNode field(String name) {
            JsonNode v = node.get(name);
            if (v == null) {
                throw damaged(name);
            }
            return v;
        }

        private StoreException damaged(String name) {
            return new StoreException("a '" + type + "' event in the log has no usable '" + name + "'", null);
        }
    }
}
