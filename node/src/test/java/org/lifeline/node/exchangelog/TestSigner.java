// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Arrays;

/** JDK Ed25519 signer for tests; the node's keys package provides the real one. Seeded, so keys are reproducible. */
public final class TestSigner implements CheckpointSigner {
    private final String name;
    private final byte type;
    private final KeyPair pair;

    private TestSigner(String name, byte type, long seed) {
        this.name = name;
        this.type = type;
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            KeyPairGenerator gen = KeyPairGenerator.getInstance("Ed25519");
            gen.initialize(255, random);
            this.pair = gen.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestSigner log(String name, long seed) {
        return new TestSigner(name, NoteKeys.TYPE_ED25519, seed);
    }

    public static TestSigner witness(String name, long seed) {
        return new TestSigner(name, NoteKeys.TYPE_COSIGNATURE_V1, seed);
    }

    public byte[] rawPublicKey() {
        byte[] spki = pair.getPublic().getEncoded();
        return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    }

    public VerifierKey verifierKey() {
        return new VerifierKey(name, type, rawPublicKey());
    }

    public NoteVerifier verifier() {
        return verifierKey().verifier();
    }

    @Override
    public String keyName() {
        return name;
    }

    @Override
    public int keyId() {
        return NoteKeys.keyId(name, type, rawPublicKey());
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(pair.getPrivate());
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
