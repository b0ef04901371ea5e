package dev.preflight.bot.slack.listeners;

import dev.preflight.bot.slack.interaction.Click;

/** What the bot does when someone clicks one of its messages: acts on the actions of {@code c} that are its own. */
interface OnClick {

    void click(Click c);
}
