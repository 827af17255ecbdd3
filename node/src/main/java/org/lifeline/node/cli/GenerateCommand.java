// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lifeline.node.sample.SyntheticPopulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a CSV of synthetic people (never real persons) for demos, tests and benchmarks. */
@Command(name = "generate", description = "Write a CSV of synthetic records (deterministic for a given seed).")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", defaultValue = "1000", description = "rows (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--prefix", defaultValue = "s", description = "record id prefix (default: ${DEFAULT-VALUE})")
    String prefix;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (count < 0) {
            throw new IllegalArgumentException("--count must be >= 0 but was " + count);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            new SyntheticPopulation(seed).writeCsv(w, prefix, count);
        }
        spec.commandLine().getOut().printf("wrote %d synthetic rows to %s%n", count, out);
        return 0;
    }
}
