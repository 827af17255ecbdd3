// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A tree head in the C2SP tlog-checkpoint note text format (https://c2sp.org/tlog-checkpoint, "Note text"):
 * origin line, decimal tree size, base64 root hash, then exactly one extension line {@code lifeline-time <seconds>}:
 * the POSIX time (whole seconds) at which the log produced the checkpoint. The spec allows opaque extension lines;
 * witnesses sign them but make no statement about them (https://c2sp.org/tlog-cosignature), so the time is the log's
 * own claim. Parsing is strict: our logs write exactly this form and anything else is refused.
 */
public record Checkpoint(String origin, long size, Hash root, Instant time) {
    static final String TIME_PREFIX = "lifeline-time ";
    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");

    public Checkpoint {
        NoteKeys.checkKeyName(origin);
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative but was " + size);
        }
        if (time.getEpochSecond() < 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("checkpoint time must be whole non-negative POSIX seconds");
        }
    }

    public String body() {
        return origin + "\n" + size + "\n" + root.base64() + "\n" + TIME_PREFIX + time.getEpochSecond() + "\n";
    }

    public static Parsed<Checkpoint> parse(String body) {
        if (!body.endsWith("\n")) {
            return Parsed.refused("checkpoint.malformed: no final newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length != 4 || !lines[3].startsWith(TIME_PREFIX)) {
            return Parsed.refused("checkpoint.malformed: expected origin, size, root and one lifeline-time line");
        }
        String seconds = lines[3].substring(TIME_PREFIX.length());
        if (!DECIMAL.matcher(lines[1]).matches() || !DECIMAL.matcher(seconds).matches()) {
            return Parsed.refused("checkpoint.malformed: size and time must be decimal without leading zeros");
        }
        try {
            return Parsed.ok(new Checkpoint(lines[0], Long.parseLong(lines[1]), Hash.fromBase64(lines[2]),
                    Instant.ofEpochSecond(Long.parseLong(seconds))));
        } catch (IllegalArgumentException e) {
            return Parsed.refused("checkpoint.malformed: " + e.getMessage());
        }
    }
}
