// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;

/**
 * Witness cosignatures per https://c2sp.org/tlog-cosignature (v1, Ed25519, signature type 0x04). The signed message is
 * {@code "cosignature/v1\ntime <seconds>\n"} followed by the whole checkpoint body; the line's signature bytes are the
 * {@code timestamped_signature} struct: u64 big-endian timestamp || 64-byte Ed25519 signature.
 */
public final class Cosignature {
    static final int TIMESTAMPED_LENGTH = 8 + Ed25519.SIGNATURE_LENGTH;

    private Cosignature() {
    }

    /** Signs {@code checkpoint} as a witness at {@code time}; {@code witness.keyId()} must be a type 0x04 key id. */
    public static NoteSignature cosign(Checkpoint checkpoint, CheckpointSigner witness, Instant time) {
        long seconds = time.getEpochSecond();
        byte[] sig = witness.sign(message(checkpoint.body().getBytes(StandardCharsets.UTF_8), seconds));
        byte[] timestamped = ByteBuffer.allocate(TIMESTAMPED_LENGTH).putLong(seconds).put(sig).array();
        return new NoteSignature(witness.keyName(), witness.keyId(), timestamped);
    }

    /** The cosignature's timestamp, or -1 when the bytes are not a timestamped_signature. */
    public static long timestamp(NoteSignature cosignature) {
        byte[] s = cosignature.signature();
        return s.length == TIMESTAMPED_LENGTH ? ByteBuffer.wrap(s).getLong() : -1;
    }

    // The timestamp must fit in 63 bits (tlog-cosignature "Format"); a negative u64 read as long is refused.
    static boolean verify(PublicKey key, byte[] checkpointBody, byte[] timestamped) {
        if (timestamped.length != TIMESTAMPED_LENGTH) {
            return false;
        }
        long seconds = ByteBuffer.wrap(timestamped).getLong();
        byte[] sig = Arrays.copyOfRange(timestamped, 8, timestamped.length);
        return seconds >= 0 && Ed25519.verify(key, message(checkpointBody, seconds), sig);
    }

    static byte[] message(byte[] checkpointBody, long seconds) {
        byte[] header = ("cosignature/v1\ntime " + seconds + "\n").getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(header.length + checkpointBody.length).put(header).put(checkpointBody).array();
    }
}
