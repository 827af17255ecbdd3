// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.lifeline.consent.model.Policy;
import org.lifeline.consent.rdf.PolicyLoader;

/**
 * The node's policy: every {@code .ttl} file of its policy folder (agreements and consent records), reloaded when a
 * file changes, so a withdrawn consent applies to the next query. A policy that fails validation keeps the node on
 * the last good one (and the failure is thrown to whoever reloads first); with no files nothing is ever released.
 */
public final class PolicyFiles implements Supplier<Policy> {
    private final Path dir;
    private Policy policy;
    private FileTime loadedStamp = FileTime.fromMillis(-1);

    PolicyFiles(Path dir) {
        this.dir = dir;
        this.policy = load();
    }

    @Override
    public synchronized Policy get() {
        FileTime stamp = stamp();
        if (!stamp.equals(loadedStamp)) {
            policy = load();
        }
        return policy;
    }

    private Policy load() {
        loadedStamp = stamp();
        return load(dir);
    }

    /** The policy of a node's policy folder, read once (offline tools). */
    public static Policy load(Path dir) {
        return PolicyLoader.load(files(dir).toArray(Path[]::new));
    }

    private List<Path> files() {
        return files(dir);
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Latest modification time over the folder and its files: changes when a file is added, removed or edited. */
    private FileTime stamp() {
        try {
            FileTime latest = Files.isDirectory(dir) ? Files.getLastModifiedTime(dir) : FileTime.fromMillis(0);
            List<Path> files = files();
            for (Path f : files) {
                FileTime t = Files.getLastModifiedTime(f);
                latest = t.compareTo(latest) > 0 ? t : latest;
            }
            return FileTime.fromMillis(latest.toMillis() + files.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
