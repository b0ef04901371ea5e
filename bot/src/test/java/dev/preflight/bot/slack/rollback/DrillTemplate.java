package dev.preflight.bot.slack.rollback;

/** A checklist whose rollback plan and monitoring command run harmless commands, as the template parser reads it. */
final class DrillTemplate {

    private DrillTemplate() {
    }

    /**
     * Three steps: one printing lines that try to mention everyone and someone (more than a message holds; the
     * command itself writes the characters as octal escapes) and then writing {@code stopped.txt}, one that fails
     * with exit 3, one that succeeds.
     */
    static final String MARKDOWN = """
            # Rollback Drill

            ## Checks

            ### ✅ Before
            - [ ] Backup taken

            ## Monitoring Commands

            ```bash
            # Say hello
            echo hello from the host
            ```

            ## Rollback Plan

            ```bash
            # 1. Stop application
            yes "$(printf '\\074!channel\\076 \\046 \\074@U0BOSS\\076')" | head -n 400; echo stopped <commit-hash> | tee stopped.txt

            # 2. Restore database backup
            sh -c 'exit 3'

            # 3. Verify
            echo verified
            ```

            ## Sign-Off

            - DevOps/Sysadmin: _____________________ Date: _______
            """;
}
