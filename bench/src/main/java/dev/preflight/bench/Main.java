package dev.preflight.bench;

import dev.preflight.bench.fake.FakeSlackCommand;
import dev.preflight.bench.floor.BareBoltCommand;
import dev.preflight.bench.floor.SqliteFloorCommand;
import dev.preflight.bench.load.LoadCommand;
import dev.preflight.bench.report.TableCommand;
import dev.preflight.bench.seed.SeedCommand;
import dev.preflight.bench.startup.StartupCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The benchmark tools that {@code bench/run.sh} drives, one subcommand each. */
@Command(name = "preflight-bench", mixinStandardHelpOptions = true,
        description = "Load generator, floors and report for Preflight's performance measurements.",
        subcommands = {LoadCommand.class, BareBoltCommand.class, FakeSlackCommand.class, SqliteFloorCommand.class,
                SeedCommand.class, StartupCommand.class, TableCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
