package dev.preflight.commands.template;

/** A named monitoring command, e.g. "Check disk space" → {@code df -h}; {@code slug} is what users type. */
public record MonitoringCommand(String slug, String title, String command) {
}
