package dev.preflight.bot.rollback;

/** Checklists whose rollback plans run harmless commands, in the Markdown the template parser reads. */
final class Templates {

    private Templates() {
    }

    private static final String HEAD = """
            # Rollback Drill

            ## Checks

            ### ✅ Before
            - [ ] Backup taken

            ## Production Environment Variables

            ```env
            DEBUG=False
            DB_PASSWORD=<database-password>
            ```

            ## Monitoring Commands

            ```bash
            # Check disk space
            df -h .

            # Show database login
            echo "mysql -u app -p$DB_PASSWORD (token $API_TOKEN)"
            ```

            """;

    private static final String TAIL = """

            ## Sign-Off

            - DevOps/Sysadmin: _____________________ Date: _______
            """;

    /**
     * Five steps: one that succeeds, one that needs the commit hash, one that fails, one that sleeps past its
     * time-out with a child in the background, and one that waits on its input.
     */
    static final String DRILL = HEAD + """
            ## Rollback Plan

            ```bash
            # 1. Stop application
            echo stopping; echo stopped

            # 2. Revert code to last working commit
            echo reverting <commit-hash>

            # 3. Restore database backup
            echo "restore failed: no backup.sql" >&2; exit 3

            # 4. Restart application
            sleep 30 & echo $! > child.pid; echo restarting; wait

            # 5. Verify
            printf 'Password: '; read -r pw || exit 1; echo "got $pw"
            ```
            """ + TAIL;

    /** One step that prints its parameter through a shell, for values no shell must ever read as syntax. */
    static final String ECHO = HEAD + """
            ## Rollback Plan

            ```bash
            # 1. Echo the value
            printf '%s\\n' <value> | cat
            ```
            """ + TAIL;
}
