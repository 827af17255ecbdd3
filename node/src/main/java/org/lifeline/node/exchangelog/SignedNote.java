// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A C2SP signed note (https://c2sp.org/signed-note): text ending in a newline, a blank line, then one or more
 * signature lines. Verification follows the spec's "Signatures" rules: lines from unknown keys are ignored, a line
 * from a known key that fails makes the whole note fail, and a note with no verified known signature fails.
 */
public record SignedNote(String text, List<NoteSignature> signatures) {
    /** The spec requires accepting at least 16; more than this is refused to bound work on untrusted input. */
    public static final int MAX_SIGNATURES = 64;

    public SignedNote {
        if (text.isEmpty() || !text.endsWith("\n") || text.endsWith("\n\n")) {
            throw new IllegalArgumentException("note text must end in exactly one newline");
        }
        signatures = List.copyOf(signatures);
        if (signatures.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException("at most " + MAX_SIGNATURES + " signatures");
        }
    }

    public String format() {
        var sb = new StringBuilder(text).append('\n');
        signatures.forEach(s -> sb.append(s.line()));
        return sb.toString();
    }

    public SignedNote withSignature(NoteSignature signature) {
        List<NoteSignature> all = new ArrayList<>(signatures);
        all.add(signature);
        return new SignedNote(text, all);
    }

    public static SignedNote sign(String text, CheckpointSigner signer) {
        byte[] sig = signer.sign(text.getBytes(StandardCharsets.UTF_8));
        return new SignedNote(text, List.of(new NoteSignature(signer.keyName(), signer.keyId(), sig)));
    }

    /** Parses a note; text and signatures are split at the last blank line, as the spec says. */
    public static Parsed<SignedNote> parse(String note) {
        if (note.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            return Parsed.refused("note.control-character");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            return Parsed.refused("note.no-signature-block");
        }
        String[] lines = note.substring(split + 2, note.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            return Parsed.refused("note.too-many-signatures: " + lines.length);
        }
        List<NoteSignature> sigs = new ArrayList<>();
        for (String line : lines) {
            switch (NoteSignature.parse(line)) {
                case Parsed.Ok<NoteSignature> ok -> sigs.add(ok.value());
                case Parsed.Refused<NoteSignature> refused -> {
                    return Parsed.refused(refused.reason());
                }
            }
        }
        return Parsed.ok(new SignedNote(note.substring(0, split + 1), sigs));
    }

    /** Verifies with a set of trusted keys (signed-note "Signatures" section); fails closed. */
    public Verification verify(List<? extends NoteVerifier> trusted) {
        boolean anyVerified = false;
        for (NoteSignature s : signatures) {
            for (NoteVerifier v : trusted) {
                if (s.matches(v)) {
                    if (!v.verify(textBytes(), s.signature())) {
                        return Verification.invalid("note.bad-signature", "key " + v.keyName());
                    }
                    anyVerified = true;
                }
            }
        }
        return anyVerified ? Verification.VALID
                : Verification.invalid("note.no-trusted-signature", signatures.size() + " signatures, none trusted");
    }

    /** Whether this particular key signed the note: missing and bad are different failures. */
    public Verification verifiedBy(NoteVerifier key) {
        List<NoteSignature> mine = signatures.stream().filter(s -> s.matches(key)).toList();
        if (mine.isEmpty()) {
            return Verification.invalid("note.signature-missing", "no signature by " + key.keyName());
        }
        boolean allGood = mine.stream().allMatch(s -> key.verify(textBytes(), s.signature()));
        return allGood ? Verification.VALID : Verification.invalid("note.bad-signature", "key " + key.keyName());
    }

    private byte[] textBytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
