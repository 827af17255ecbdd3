// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog.audit;

import org.lifeline.node.exchangelog.Checkpoint;
import org.lifeline.node.exchangelog.NoteSignature;

/** A witness's cosignature line together with the checkpoint it cosigned (as the node stores them). */
public record WitnessCosignature(Checkpoint checkpoint, NoteSignature signature) {
}
