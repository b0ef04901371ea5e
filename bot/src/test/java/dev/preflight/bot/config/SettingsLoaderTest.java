package dev.preflight.bot.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsLoaderTest {

    @TempDir
    Path dir;

    private Path config(String yaml) throws IOException {
        Path file = dir.resolve("preflight.yml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    @DisplayName("without a file or variables, uses ./preflight.db, UTC and the bundled template")
    void usesDefaults() {
        Settings s = new SettingsLoader(Map.of()).load();
        assertThat(s.database()).isEqualTo(Path.of("preflight.db"));
        assertThat(s.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(s.template()).isEqualTo("production-deployment");
        assertThat(s.roles()).isEmpty();
    }

    @Test
    @DisplayName("reads roles, admins, zone and templates from the YAML file")
    void readsTheFile() throws IOException {
        Files.writeString(dir.resolve("api.md"), "# API\n");
        Path file = config("""
                timezone: Europe/Berlin
                template: api
                templates: {api: api.md}
                roles: {devops-sysadmin: [U0123, U0456], qa-lead: [U0789]}
                admins: [U0999]
                """);
        Settings s = new SettingsLoader(Map.of("PREFLIGHT_CONFIG", file.toString())).load();
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(s.roles()).containsEntry("devops-sysadmin", Set.of("U0123", "U0456"))
                .containsEntry("qa-lead", Set.of("U0789"));
        assertThat(s.admins()).containsExactly("U0999");
        assertThat(s.template()).isEqualTo("api");
        assertThat(s.templateFile("api")).contains(dir.resolve("api.md").toAbsolutePath());
    }

    @Test
    @DisplayName("environment variables win over the file")
    void environmentWins() throws IOException {
        Path file = config("database: from-file.db\ntimezone: Europe/Berlin\n");
        Settings s = new SettingsLoader(Map.of("PREFLIGHT_CONFIG", file.toString(),
                "PREFLIGHT_DB", "from-env.db", "PREFLIGHT_TIMEZONE", "America/New_York")).load();
        assertThat(s.database()).isEqualTo(Path.of("from-env.db"));
        assertThat(s.zone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    @DisplayName("reads the rollback block, keeping the defaults for what it leaves out")
    void readsRollback() throws IOException {
        Path file = config("""
                rollback:
                  roles: [devops-sysadmin, dev-lead]
                  approvals: 2
                  timeout: 90s
                  prefix: [sudo, -n]
                  parameters: {release: "v[0-9]+"}
                """);
        var rollback = new SettingsLoader(Map.of("PREFLIGHT_CONFIG", file.toString())).load().rollback();
        assertThat(rollback.roles()).containsExactly("devops-sysadmin", "dev-lead");
        assertThat(rollback.approvals()).isEqualTo(2);
        assertThat(rollback.timeout()).hasSeconds(90);
        assertThat(rollback.prefix()).containsExactly("sudo", "-n");
        assertThat(rollback.parameters()).containsEntry("release", "v[0-9]+");
        assertThat(rollback.updateEvery()).isEqualTo(dev.preflight.commands.rollback.RollbackSettings.DEFAULT_UPDATE_EVERY);
    }

    @Nested
    @DisplayName("refuses with one line naming the setting")
    class Refuses {
        @Test
        void anUnknownTimeZone() {
            assertThatThrownBy(() -> new SettingsLoader(Map.of("PREFLIGHT_TIMEZONE", "Mars/Olympus")).load())
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("PREFLIGHT_TIMEZONE").hasMessageContaining("Europe/Berlin");
        }

        @Test
        void aMissingConfigFile() {
            assertThatThrownBy(() -> new SettingsLoader(Map.of("PREFLIGHT_CONFIG", dir.resolve("nope.yml").toString())).load())
                    .isInstanceOf(SettingsException.class).hasMessageStartingWith("PREFLIGHT_CONFIG: cannot read");
        }

        @Test
        void aTypoInAKey() throws IOException {
            Path file = config("admin: [U1]\n");
            assertThatThrownBy(() -> new SettingsLoader(Map.of("PREFLIGHT_CONFIG", file.toString())).load())
                    .hasMessageContaining("unknown setting 'admin'");
        }

        @Test
        void rolesWrittenAsAString() throws IOException {
            Path file = config("roles: {qa-lead: U0789}\n");
            assertThatThrownBy(() -> new SettingsLoader(Map.of("PREFLIGHT_CONFIG", file.toString())).load())
                    .hasMessageContaining("roles.qa-lead").hasMessageContaining("list of user ids");
        }

        @Test
        void anUnknownDefaultTemplate() {
            assertThatThrownBy(() -> new SettingsLoader(Map.of("PREFLIGHT_TEMPLATE", "nightly")).load())
                    .hasMessageContaining("'nightly'");
        }

        @Test
        void aThirdApproval() throws IOException {
            Path file = config("rollback: {approvals: 3}\n");
            assertThatThrownBy(() -> new SettingsLoader(Map.of("PREFLIGHT_CONFIG", file.toString())).load())
                    .isInstanceOf(SettingsException.class).hasMessageContaining("rollback.approvals must be 1, or 2");
        }

        @Test
        void aTimeoutThatIsNotADuration() throws IOException {
            Path file = config("rollback: {timeout: soon}\n");
            assertThatThrownBy(() -> new SettingsLoader(Map.of("PREFLIGHT_CONFIG", file.toString())).load())
                    .hasMessageContaining("rollback.timeout").hasMessageContaining("'soon' is not a duration");
        }

        @Test
        void aParameterPatternThatIsNotARegularExpression() throws IOException {
            Path file = config("rollback: {parameters: {release: \"v[0-9\"}}\n");
            assertThatThrownBy(() -> new SettingsLoader(Map.of("PREFLIGHT_CONFIG", file.toString())).load())
                    .isInstanceOf(SettingsException.class).hasMessageContaining("rollback.parameters.release");
        }

        @Test
        void anUnknownRollbackKey() throws IOException {
            Path file = config("rollback: {role: [qa-lead]}\n");
            assertThatThrownBy(() -> new SettingsLoader(Map.of("PREFLIGHT_CONFIG", file.toString())).load())
                    .hasMessageContaining("rollback.role is not a setting");
        }

        @Test
        void anEmptyDatabaseVariable() {
            assertThatThrownBy(() -> new SettingsLoader(Map.of("PREFLIGHT_DB", " ")).load())
                    .hasMessageContaining("PREFLIGHT_DB");
        }
    }
}
