package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentStore;
import dev.preflight.commands.deployment.TimeFormat;
import dev.preflight.commands.rollback.RollbackFeature;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code export --format md|json}: the filled-in checklist as Markdown, or the deployment and its events as JSON. */
final class ExportHandler implements DeploymentHandler<Command.Export> {

    private final DeploymentStore store;
    private final TimeFormat times;
    private final Optional<RollbackFeature> rollbacks;

    ExportHandler(DeploymentStore store, TimeFormat times) {
        this(store, times, Optional.empty());
    }

    /** With {@code rollbacks}, the Markdown ends with the rollback record and its full step output. */
    ExportHandler(DeploymentStore store, TimeFormat times, Optional<RollbackFeature> rollbacks) {
        this.store = store;
        this.times = times;
        this.rollbacks = rollbacks;
    }

    @Override
    public List<Reply> handle(Command.Export export, Deployment deployment, Invocation invocation) {
        String base = fileName(deployment);
        if (export.format() == Command.Export.Format.JSON) {
            return List.of(new Reply.Document(base + ".json", JsonExport.render(deployment, store.events(deployment.id()))));
        }
        String rollback = rollbacks.map(r -> r.export(deployment, times)).filter(s -> !s.isEmpty())
                .map(s -> "\n" + s).orElse("");
        return List.of(new Reply.Document(base + ".md", MarkdownExport.render(deployment, times) + rollback));
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
