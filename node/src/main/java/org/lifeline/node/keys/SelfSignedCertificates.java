// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcEdECContentSignerBuilder;

/**
 * Self-signed X.509 v3 node certificates (RFC 5280), signed with Ed25519 (RFC 8410 §6). Subject CN and a dNSName SAN
 * carry the node id; {@code localhost} and 127.0.0.1 are added so loopback federations work without a DNS name.
 * Peers do not rely on the names: they pin the certificate's SHA-256 fingerprint from the trust list.
 */
final class SelfSignedCertificates {
    private static final AlgorithmIdentifier ED25519 = new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519);

    private SelfSignedCertificates() {
    }

    static X509Certificate issue(String nodeId, KeyPair keys, Instant notBefore, Instant notAfter,
                                 SecureRandom random) {
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("certificate must end after it starts: " + notBefore + " .. " + notAfter);
        }
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, nodeId).build();
        var spki = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
        // RFC 5280 §4.1.2.2: positive, at most 20 octets; 127 random bits keeps it positive and unique enough.
        var serial = new BigInteger(127, random).add(BigInteger.ONE);
        var builder = new X509v3CertificateBuilder(name, serial, Date.from(notBefore), Date.from(notAfter), name, spki);
        try {
            addExtensions(builder, nodeId, spki);
            ContentSigner signer = new BcEdECContentSignerBuilder(ED25519)
                    .build(Ed25519Keys.bcPrivate(keys.getPrivate()));
            return toJdk(builder.build(signer));
        } catch (IOException | OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("building the node certificate failed for node " + nodeId, e);
        }
    }

    private static void addExtensions(X509v3CertificateBuilder builder, String nodeId, SubjectPublicKeyInfo spki)
            throws IOException {
        var sans = new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, nodeId),
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
        });
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
        builder.addExtension(Extension.subjectAlternativeName, false, sans);
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                new BcX509ExtensionUtils().createSubjectKeyIdentifier(spki));
    }

    static byte[] encoded(X509Certificate certificate) throws IOException {
        try {
            return certificate.getEncoded();
        } catch (CertificateException e) {
            throw new IOException("certificate cannot be DER-encoded", e);
        }
    }

    static X509Certificate toJdk(X509CertificateHolder holder) throws IOException, CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    }
}
