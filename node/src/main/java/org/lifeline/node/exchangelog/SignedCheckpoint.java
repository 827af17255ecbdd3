// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

/**
 * A checkpoint with its signed note (log signature first, then any witness cosignatures). The note's text is always
 * exactly {@link Checkpoint#body()}.
 */
public record SignedCheckpoint(Checkpoint checkpoint, SignedNote note) {

    public SignedCheckpoint {
        if (!note.text().equals(checkpoint.body())) {
            throw new IllegalArgumentException("note text is not the checkpoint body");
        }
    }

    public static SignedCheckpoint sign(Checkpoint checkpoint, CheckpointSigner logKey) {
        return new SignedCheckpoint(checkpoint, SignedNote.sign(checkpoint.body(), logKey));
    }

    public static Parsed<SignedCheckpoint> parse(String note) {
        return switch (SignedNote.parse(note)) {
            case Parsed.Refused<SignedNote> r -> Parsed.refused(r.reason());
            case Parsed.Ok<SignedNote> ok -> Checkpoint.parse(ok.value().text())
                    .map(cp -> new SignedCheckpoint(cp, ok.value()));
        };
    }

    public String format() {
        return note.format();
    }

    /** Checks the log's own signature (type 0x01) on this checkpoint. */
    public Verification verifyLogSignature(NoteVerifier logKey) {
        return note.verifiedBy(logKey);
    }

    public SignedCheckpoint withCosignature(NoteSignature cosignature) {
        return new SignedCheckpoint(checkpoint, note.withSignature(cosignature));
    }

    public long size() {
        return checkpoint.size();
    }

    public Hash root() {
        return checkpoint.root();
    }
}
