package dev.preflight.bot.slack.listeners;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Slack wants an answer within 3 seconds. Work starts at once on a worker; the acknowledgement waits for it at
 * most {@code budget} (2 s by default), so that, as a rule, the commit is durable before Slack hears back, and
 * slow work simply finishes after the acknowledgement.
 */
final class AckBudget {

    private static final Logger LOG = LoggerFactory.getLogger(AckBudget.class);

    private final ExecutorService workers;
    private final Duration budget;

    AckBudget(ExecutorService workers, Duration budget) {
        this.workers = workers;
        this.budget = budget;
    }

    /** Runs {@code work}; returns what went wrong when it failed within the budget, else empty. */
    Optional<String> run(String what, Runnable work) {
        Future<?> done = workers.submit(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("{} failed", what, e);
                throw e;
            }
        });
        try {
            done.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            LOG.info("{} takes longer than {} ms; acknowledged, still working", what, budget.toMillis());
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(e.getCause().getMessage() == null ? e.getCause().toString() : e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
