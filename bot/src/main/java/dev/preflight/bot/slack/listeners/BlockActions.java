package dev.preflight.bot.slack.listeners;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.util.json.GsonFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Clicks on the bot's messages ({@code block_actions} interactions), read and routed to their listeners without
 * going through Bolt. Bolt reads each interaction with a Gson it builds anew for the request, and so rebuilds
 * the reflective adapters of the whole payload model every time: with the clicked checklist message that Slack
 * sends along, that was a third of the bot's CPU under load. Here one Gson, built as Bolt builds it, reads the
 * payload into the same model. Anything else (other interaction types, actions no listener here knows) is left
 * to Bolt.
 */
public final class BlockActions {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final List<Route> routes = new ArrayList<>();

    BlockActions on(Predicate<String> actionId, Click click) {
        routes.add(new Route(actionId, click));
        return this;
    }

    /**
     * Handles {@code body}, a request's form-encoded body whose signature was checked, when it is a click on one
     * of the bot's actions; returns whether it did (the request is then to be acknowledged with an empty 200).
     */
    public boolean handle(String body) {
        Optional<String> json = payload(body);
        if (json.isEmpty()) {
            return false;
        }
        BlockActionPayload p;
        try {
            p = GSON.fromJson(json.get(), BlockActionPayload.class);
        } catch (JsonParseException e) {
            return false;
        }
        if (p == null || !"block_actions".equals(p.getType()) || p.getActions() == null || p.getUser() == null
                || p.getChannel() == null) {
            return false;
        }
        List<Click> clicked = new ArrayList<>();
        for (Route route : routes) {
            if (p.getActions().stream().anyMatch(a -> a.getActionId() != null && route.actionId().test(a.getActionId()))) {
                clicked.add(route.click());
            }
        }
        clicked.forEach(click -> click.click(p));
        return !clicked.isEmpty();
    }

    private static Optional<String> payload(String body) {
        if (!body.startsWith("payload=") && !body.contains("&payload=")) {
            return Optional.empty();
        }
        for (String pair : body.split("&")) {
            if (pair.startsWith("payload=")) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring("payload=".length()), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private record Route(Predicate<String> actionId, Click click) {
    }
}
