package dev.preflight.bot;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** How this bot instance signs the reminders it claims: its host name and process id, e.g. {@code ops-1:4242}. */
final class InstanceName {

    private InstanceName() {
    }

    static String of() {
        return host() + ":" + ProcessHandle.current().pid();
    }

    private static String host() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
