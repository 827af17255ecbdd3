// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.EnumSet;
import java.util.Set;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * The node's key files in one directory: {@value #PRIVATE_KEY} (PKCS#8 PEM, RFC 7468 §10, mode 0600) and
 * {@value #CERTIFICATE} (PEM, mode 0644). Files are written to a temporary file that is created with its final
 * permissions (never briefly world-readable) and then renamed into place, so a crash leaves the old file or the new one.
 */
public final class KeyFiles {
    public static final String PRIVATE_KEY = "node-key.pem";
    public static final String CERTIFICATE = "node-cert.pem";
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> PUBLIC_READ = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private KeyFiles() {
    }

    /** Writes a new identity; refuses to overwrite one that is already there ({@code lifeline init} twice). */
    public static void create(Path dir, NodeIdentity identity) throws IOException {
        for (String name : new String[] {PRIVATE_KEY, CERTIFICATE}) {
            if (Files.exists(dir.resolve(name))) {
                throw new KeyFileException(dir.resolve(name) + " already exists; refusing to overwrite a node key");
            }
        }
        replace(dir, identity);
    }

    /** Writes an identity over the existing one (after {@link KeyRotation}); the old private key is gone after. */
    public static void replace(Path dir, NodeIdentity identity) throws IOException {
        Files.createDirectories(dir);
        byte[] keyPem = pem("PRIVATE KEY", identity.keyPair().getPrivate().getEncoded());
        byte[] certPem;
        try {
            certPem = pem("CERTIFICATE", identity.certificate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new KeyFileException("certificate of node " + identity.nodeId() + " cannot be encoded", e);
        }
        writeAtomically(dir.resolve(PRIVATE_KEY), keyPem, OWNER_ONLY);
        writeAtomically(dir.resolve(CERTIFICATE), certPem, PUBLIC_READ);
    }

    public static NodeIdentity read(Path dir) throws IOException {
        Path keyFile = dir.resolve(PRIVATE_KEY);
        requireOwnerOnly(keyFile);
        PrivateKey privateKey = readPrivateKey(keyFile);
        X509Certificate certificate = readCertificate(dir.resolve(CERTIFICATE));
        try {
            return new NodeIdentity(nodeIdOf(certificate), new KeyPair(certificate.getPublicKey(), privateKey),
                    certificate);
        } catch (IllegalArgumentException e) {
            throw new KeyFileException("key files in " + dir + " do not form a node identity: " + e.getMessage(), e);
        }
    }

    static void requireOwnerOnly(Path keyFile) throws IOException {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(keyFile);
        if (mode.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
            throw new KeyFileException("private key file " + keyFile + " is accessible by group or others (mode "
                    + PosixFilePermissions.toString(mode) + "); refusing to use it. Run: chmod 600 " + keyFile);
        }
    }

    private static PrivateKey readPrivateKey(Path file) throws IOException {
        byte[] der = unpem(file, "PRIVATE KEY");
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new KeyFileException(file + " does not hold a PKCS#8 Ed25519 private key", e);
        }
    }

    private static X509Certificate readCertificate(Path file) throws IOException {
        try {
            return SelfSignedCertificates.toJdk(new X509CertificateHolder(unpem(file, "CERTIFICATE")));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new KeyFileException(file + " does not hold an X.509 certificate", e);
        }
    }

    private static String nodeIdOf(X509Certificate certificate) throws IOException {
        var holder = new X509CertificateHolder(SelfSignedCertificates.encoded(certificate));
        var cns = holder.getSubject().getRDNs(BCStyle.CN);
        if (cns.length != 1) {
            throw new KeyFileException("node certificate must have exactly one CN (the node id)");
        }
        return IETFUtils.valueToString(cns[0].getFirst().getValue());
    }

    private static byte[] pem(String type, byte[] der) throws IOException {
        var out = new StringWriter();
        try (var writer = new PemWriter(out)) {
            writer.writeObject(new PemObject(type, der));
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] unpem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        try (var reader = new PemReader(new StringReader(text))) {
            PemObject object = reader.readPemObject();
            if (object == null || !type.equals(object.getType())) {
                throw new KeyFileException(file + " is not a PEM file of type " + type);
            }
            return object.getContent();
        }
    }

    private static void writeAtomically(Path target, byte[] content, Set<PosixFilePermission> mode)
            throws IOException {
        FileAttribute<Set<PosixFilePermission>> attribute = PosixFilePermissions.asFileAttribute(mode);
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp", attribute);
        try {
            Files.write(temp, content);
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new KeyFileException(target + " appeared while writing it", e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
