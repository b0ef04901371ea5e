package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.TimeFormat;

import java.util.List;
import java.util.Locale;

/** {@code export --format md|json}: the filled-in checklist as Markdown, or the deployment and its events as JSON. */
final class ExportHandler implements DeploymentHandler<Command.Export> {

    private final DeploymentStore store;
    private final TimeFormat times;

    ExportHandler(DeploymentStore store, TimeFormat times) {
        this.store = store;
        this.times = times;
    }

    @Override
    public List<Reply> handle(Command.Export export, Deployment deployment, Invocation invocation) {
        String base = fileName(deployment);
        if (export.format() == Command.Export.Format.JSON) {
            return List.of(new Reply.Document(base + ".json", JsonExport.render(deployment, store.events(deployment.id()))));
        }
        return List.of(new Reply.Document(base + ".md", MarkdownExport.render(deployment, times)));
    }

    /** {@code deployment-12-release-2-4}. */
    static String fileName(Deployment d) {
        String slug = d.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-$", "");
        }
        return "deployment-" + d.id() + (slug.isEmpty() ? "" : "-" + slug);
    }
}
