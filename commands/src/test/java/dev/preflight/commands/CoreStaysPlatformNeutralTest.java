package dev.preflight.commands;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@DisplayName("The core")
class CoreStaysPlatformNeutralTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.preflight.commands");

    @Test
    @DisplayName("imports no Slack, Discord, HTTP or JDBC type")
    void importsNoPlatformOrDatabaseType() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "com.slack..", "net.dv8tion..", "java.sql..", "javax.sql..",
                        "com.sun.net.httpserver..", "org.eclipse.jetty..", "java.net.http..", "okhttp3..")
                .because("the core is shared by every chat platform and every storage backend")
                .check(CORE);
    }

    @Test
    @DisplayName("does not depend on the storage or bot modules")
    void dependsOnNeitherStorageNorBot() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.preflight.storage..", "dev.preflight.bot..")
                .check(CORE);
    }

    @Test
    @DisplayName("never reads the wall clock directly")
    void readsTimeOnlyFromAnInjectedClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.lang.System.class, "currentTimeMillis")
                .because("time comes from the injected java.time.Clock, so tests control it")
                .check(CORE);
    }
}
