package dev.preflight.bot.slack.listeners;

import dev.preflight.bot.slack.interaction.Click;
import dev.preflight.bot.slack.interaction.ClickReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Clicks on the bot's messages ({@code block_actions} interactions), read by {@link ClickReader} and routed to
 * their listeners without going through Bolt. Bolt reads each interaction with a Gson it builds anew for the
 * request, rebuilding the reflective adapters of the whole payload model every time: with the clicked
 * checklist message that Slack sends along, that was a third of the bot's CPU under load. Anything else (other
 * interaction types, actions no listener here knows) is left to Bolt.
 */
public final class BlockActions {

    private final List<Route> routes = new ArrayList<>();

    BlockActions on(Predicate<String> actionId, OnClick listener) {
        routes.add(new Route(actionId, listener));
        return this;
    }

    /**
     * Handles {@code body}, a request's form-encoded body whose signature was checked, when it is a click on one
     * of the bot's actions; returns whether it did (the request is then to be acknowledged with an empty 200).
     */
    public boolean handle(String body) {
        Optional<Click> click = ClickReader.read(body);
        if (click.isEmpty()) {
            return false;
        }
        List<OnClick> listeners = new ArrayList<>();
        for (Route route : routes) {
            if (click.get().actions().stream().anyMatch(a -> route.actionId().test(a.actionId()))) {
                listeners.add(route.listener());
            }
        }
        listeners.forEach(listener -> listener.click(click.get()));
        return !listeners.isEmpty();
    }

    private record Route(Predicate<String> actionId, OnClick listener) {
    }
}
