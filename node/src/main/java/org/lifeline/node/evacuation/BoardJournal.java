// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.evacuation;

import java.util.List;

/** Where the board's events are kept: {@link #append} is durable on return; {@link #readAll} is in append order. */
public interface BoardJournal {
    void append(BoardEvent event);

    List<BoardEvent> readAll();
}
