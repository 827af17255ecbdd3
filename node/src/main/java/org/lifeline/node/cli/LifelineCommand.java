// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root of the {@code lifeline} command line; each sub-command is one class. */
@Command(name = "lifeline", mixinStandardHelpOptions = true, version = "Lifeline 0.1.0",
        description = "A node of the Lifeline federation: consent-checked data exchange for migrants in crises.",
        subcommands = {InitCommand.class, RunCommand.class, ImportCommand.class, ExportCommand.class,
            GenerateCommand.class, DemoCommand.class, TrustCommand.class, QueryCommand.class, PolicyCommand.class,
            KeysCommand.class, AuditCommand.class,
            CommandLine.HelpCommand.class})
public final class LifelineCommand {
    /** Exit code a command returns when it left a server running (the JVM must not exit). */
    public static final int STILL_RUNNING = -1;
    /** Exit code when an import stored the good rows but rejected some. */
    public static final int SOME_ROWS_REJECTED = 2;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LifelineCommand());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // expected failures (bad file, node folder in use, ...) print their message, not a stack trace
            cmd.getErr().println("lifeline " + cmd.getCommandName() + ": " + e.getMessage());
            return 1;
        });
        return cl;
    }
}
