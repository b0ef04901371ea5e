package dev.preflight.storage.sqlite;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Flyway to warnings and errors. Without SLF4J on the class path Flyway logs through
 * java.util.logging, a line per step on every start; with SLF4J the binding's configuration decides
 * (for slf4j-simple: {@code org.slf4j.simpleLogger.log.org.flywaydb=warn}).
 */
final class FlywayLogging {

    /** Held so that java.util.logging, which keeps loggers weakly, does not forget the level. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    private FlywayLogging() {
    }

    static void quiet() {
        FLYWAY.setLevel(Level.WARNING);
    }
}
