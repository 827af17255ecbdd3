// SPDX-License-Identifier: Apache-2.0
/** The file-backed {@link org.lifeline.node.journal.LineJournal}: UTF-8 lines, fsync per append, torn tail ignored. */
@org.jspecify.annotations.NullMarked
package org.lifeline.node.journal.file;
