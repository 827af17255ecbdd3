// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.journal;

import java.util.ArrayList;
import java.util.List;

/** A journal kept in memory: for tests and for nodes run without a data directory (nothing survives a restart). */
public final class MemoryLineJournal implements LineJournal {
    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void append(String line) {
        LineJournal.requireOneLine(line);
        lines.add(line);
    }

    @Override
    public synchronized List<String> readAll() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
