// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.file;

import java.nio.file.Path;
import org.lifeline.node.exchangelog.Entries;

/**
 * Child process for {@link KillNineTest}: appends batches of {@link Entries#entry} forever and prints
 * {@code ACK <first> <count>} after each append has returned (i.e. after the batch was synced).
 */
public final class AppendChild {
    private AppendChild() {
    }

    public static void main(String[] args) {
        try (var log = FileExchangeLog.open(Path.of(args[0]))) {
            for (int batch = 1; ; batch = batch % 50 + 1) {
                long first = log.size();
                long got = log.append(Entries.range(first, batch));
                System.out.println("ACK " + got + " " + batch);
                System.out.flush();
            }
        }
    }
}
