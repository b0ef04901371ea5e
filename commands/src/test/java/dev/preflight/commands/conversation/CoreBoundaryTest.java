package dev.preflight.commands.conversation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core loop knows no chat platform, no database and no wall clock: adapters and the injected Clock do. */
class CoreBoundaryTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.preflight.commands.conversation", "dev.preflight.commands.deployment",
                    "dev.preflight.commands.access");

    @Test
    void importsNoPlatformDatabaseOrHttpType() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.slack..", "net.dv8tion..",
                        "discord4j..", "com.sun.net.httpserver..", "org.eclipse.jetty..", "dev.preflight.storage..",
                        "dev.preflight.bot..")
                .check(CORE);
    }

    @Test
    void readsTimeOnlyFromTheInjectedClock() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .check(CORE);
    }
}
