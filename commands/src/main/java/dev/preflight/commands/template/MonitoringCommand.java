package dev.preflight.commands.template;

/**
 * A named monitoring command, e.g. "Check disk space" → {@code df -h}; {@code slug} is what users type
 * ({@code check-disk-space}). The command may span several lines.
 */
public record MonitoringCommand(String slug, String title, String command) {
    public MonitoringCommand {
        Lines.requireOneLine("slug", slug);
        Lines.requireOneLine("title", title);
        if (slug.isEmpty() || command.isBlank()) {
            throw new IllegalArgumentException("a monitoring command needs a slug and a command");
        }
    }
}
