// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.journal;

import java.util.List;

/**
 * An append-only sequence of lines (no line feeds inside a line). Implementations must be thread-safe and must make
 * each line durable before {@link #append} returns, because callers acknowledge state changes (an accepted alert, a
 * seat hold) only after that.
 */
public interface LineJournal extends AutoCloseable {
    void append(String line);

    /** Every complete line, in append order; a line torn by a crash is not among them. */
    List<String> readAll();

    @Override
    void close();

    static void requireOneLine(String line) {
        if (line.isEmpty() || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a journal line must be non-empty and contain no line breaks");
        }
    }
}
