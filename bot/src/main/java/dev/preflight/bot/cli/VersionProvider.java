package dev.preflight.bot.cli;

import picocli.CommandLine;

/** The version written into the jar's manifest at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = PreflightCommand.class.getPackage().getImplementationVersion();
        return new String[] {"preflight " + (version == null ? "(development build)" : version)};
    }
}
