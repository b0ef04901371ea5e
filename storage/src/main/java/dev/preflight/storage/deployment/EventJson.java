package dev.preflight.storage.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Interner;
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

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each event as a type tag (stored in its own column) and a JSON object of its fields. The mapping is
 * written out by hand so that renaming a Java type or accessor can never silently change what is stored.
 */
final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Template snapshots as read: every deployment started from the same template keeps the same ~20 KB string,
     * not a copy of its own, in the states the store caches.
     */
    private static final Interner<String> SOURCES = Interner.newWeakInterner();

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
        } else if (event instanceof DeploymentEvent.RollbackEvent r) {
            return RollbackEventJson.encode(r, n);
        } else {
            throw new AssertionError("unknown event " + event);
        }
        return new Encoded(type, n.toString());
    }

    static DeploymentEvent decode(String type, String payload) {
        Fields f = new Fields(type, read(type, payload));
        return switch (type) {
            case "started" -> new Started(f.text("name"), f.text("environment"), f.text("channel"),
                    f.text("templateName"), SOURCES.intern(f.text("templateSource")));
            case "thread_linked" -> new ThreadLinked(f.text("threadRef"));
            case "ticked" -> new Ticked(f.number("item"));
            case "unticked" -> new Unticked(f.number("item"));
            case "marked_not_applicable" -> new MarkedNotApplicable(f.number("item"), f.text("reason"));
            case "signed_off" -> new SignedOff(f.text("role"), f.text("comment"));
            case "sign_off_revoked" -> new SignOffRevoked(f.text("role"));
            case "completed" -> new Completed(f.flag("forced"), f.text("reason"));
            case "cancelled" -> new Cancelled(f.text("reason"));
            case RollbackEventJson.STARTED -> new DeploymentEvent.RollbackStarted(f.textMap("parameters"),
                    f.flag("dryRun"), f.number("approvals"));
            case RollbackEventJson.APPROVED -> new DeploymentEvent.RollbackApproved();
            case RollbackEventJson.STEP_STARTED -> new DeploymentEvent.RollbackStepStarted(f.number("step"),
                    f.text("confirmedBy"), f.text("command"));
            case RollbackEventJson.STEP_REHEARSED -> new DeploymentEvent.RollbackStepRehearsed(f.number("step"),
                    f.text("command"));
            case RollbackEventJson.STEP_FINISHED -> new DeploymentEvent.RollbackStepFinished(f.number("step"),
                    f.number("exitCode"), f.longNumber("durationMillis"), f.flag("timedOut"), f.text("outputRef"));
            case RollbackEventJson.STEP_SKIPPED -> new DeploymentEvent.RollbackStepSkipped(f.number("step"),
                    f.text("reason"));
            case RollbackEventJson.ABORTED -> new DeploymentEvent.RollbackAborted(f.text("reason"));
            case RollbackEventJson.MONITOR_RAN -> new DeploymentEvent.MonitorRan(f.text("monitor"),
                    f.text("command"), f.number("exitCode"), f.longNumber("durationMillis"), f.flag("timedOut"),
                    f.text("outputRef"));
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

        long longNumber(String name) {
            JsonNode v = field(name);
            if (!v.canConvertToLong() || !v.isIntegralNumber()) {
                throw damaged(name);
            }
            return v.longValue();
        }

        Map<String, String> textMap(String name) {
            JsonNode v = field(name);
            if (!v.isObject()) {
                throw damaged(name);
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isTextual()) {
                    throw damaged(name);
                }
                map.put(e.getKey(), e.getValue().textValue());
            }
            return map;
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
