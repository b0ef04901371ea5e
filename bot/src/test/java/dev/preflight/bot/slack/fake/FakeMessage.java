package dev.preflight.bot.slack.fake;

import com.google.gson.JsonArray;

import java.util.Optional;

/** A message as the fake Slack holds it now: after every update, its latest text and blocks. */
public record FakeMessage(String channel, String ts, Optional<String> threadTs, String text, JsonArray blocks,
                          int updates) {

    FakeMessage updated(String newText, JsonArray newBlocks) {
        return new FakeMessage(channel, ts, threadTs, newText, newBlocks, updates + 1);
    }

    /** Every text of every block and element, joined: what a reader of the message sees. */
    public String visibleText() {
        return blocks.toString();
    }
}
