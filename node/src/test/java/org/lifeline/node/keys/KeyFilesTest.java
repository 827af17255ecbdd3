// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.nio.file.StandardCopyOption;
import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.lifeline.node.testing.TestIdentities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {
    @TempDir
    Path dir;
    private final NodeIdentity identity = TestIdentities.identity("host.example");

    @Test
    void create_writesPrivateKeyWithMode0600AndCertificateReadable() throws Exception {
        KeyFiles.create(dir, identity);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(KeyFiles.PRIVATE_KEY))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(KeyFiles.CERTIFICATE))))
                .isEqualTo("rw-r--r--");
        assertThat(Files.readString(dir.resolve(KeyFiles.PRIVATE_KEY))).startsWith("-----BEGIN PRIVATE KEY-----");
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers).hasSize(2);
        }
    }

    @Test
    void read_afterCreate_givesTheSameIdentity() throws Exception {
        KeyFiles.create(dir, identity);
        NodeIdentity read = KeyFiles.read(dir);
        assertThat(read.nodeId()).isEqualTo("host.example");
        assertThat(read.publicKey()).isEqualTo(identity.publicKey());
        assertThat(read.fingerprint()).isEqualTo(identity.fingerprint());
        assertThat(read.keyPair().getPrivate().getEncoded()).isEqualTo(identity.keyPair().getPrivate().getEncoded());
    }

    @Test
    void read_privateKeyReadableByOthers_isRefusedWithAHowToFix() throws Exception {
        KeyFiles.create(dir, identity);
        Path key = dir.resolve(KeyFiles.PRIVATE_KEY);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> KeyFiles.read(dir)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("accessible by group or others (mode rw-r--r--)")
                .hasMessageContaining("chmod 600 " + key);
    }

    @Test
    void read_privateKeyWritableByGroup_isRefused() throws Exception {
        KeyFiles.create(dir, identity);
        Files.setPosixFilePermissions(dir.resolve(KeyFiles.PRIVATE_KEY), PosixFilePermissions.fromString("rw--w----"));
        assertThatThrownBy(() -> KeyFiles.read(dir)).isInstanceOf(KeyFileException.class);
    }

    @Test
    void create_twice_refusesToOverwriteTheKey() throws Exception {
        KeyFiles.create(dir, identity);
        byte[] before = Files.readAllBytes(dir.resolve(KeyFiles.PRIVATE_KEY));
        assertThatThrownBy(() -> KeyFiles.create(dir, TestIdentities.identity("other.example")))
                .isInstanceOf(KeyFileException.class).hasMessageContaining("already exists");
        assertThat(Files.readAllBytes(dir.resolve(KeyFiles.PRIVATE_KEY))).isEqualTo(before);
    }

    @Test
    void read_keyAndCertificateOfDifferentNodes_isRefused() throws Exception {
        KeyFiles.create(dir, identity);
        Path otherDir = Files.createDirectory(dir.resolve("other"));
        KeyFiles.create(otherDir, TestIdentities.identity("other.example"));
        Files.copy(otherDir.resolve(KeyFiles.CERTIFICATE), dir.resolve(KeyFiles.CERTIFICATE),
                StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> KeyFiles.read(dir)).isInstanceOf(KeyFileException.class)
                .hasMessageContaining("do not form a node identity");
    }

    @Test
    void replace_afterRotation_keepsMode0600AndReadsTheNewKey() throws Exception {
        KeyFiles.create(dir, identity);
        NodeIdentity rotated = KeyRotation.newIdentity(identity, TestIdentities.T0, Duration.ofDays(30),
                TestIdentities.seeded("rotation"));
        KeyFiles.replace(dir, rotated);
        assertThat(KeyFiles.read(dir).publicKey()).isEqualTo(rotated.publicKey()).isNotEqualTo(identity.publicKey());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(KeyFiles.PRIVATE_KEY))))
                .isEqualTo("rw-------");
    }
}
