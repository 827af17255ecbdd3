// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.envelope;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.lifeline.node.keys.EdDsaJwsVerifier;
import org.lifeline.node.testing.TestFederation;

/**
 * Micro-benchmark (not a test): JWS sign and verify per second for a ~1 KB request envelope, EdDSA over Bouncy
 * Castle (ours) against Nimbus ES256 over the JDK, plus the whole {@link EnvelopeVerifier} (every rule, in-memory
 * replay cache). Single thread, wall-clock loops after a warm-up; compare ratios, not absolute numbers (see
 * shared perf-baselines: runs vary ±30 %). Writes {@code node/target/bench/envelope-jws.json}.
 */
public final class EnvelopeBench {
    private static final Duration WARMUP = Duration.ofSeconds(2);
    private static final Duration MEASURE = Duration.ofSeconds(3);

    private EnvelopeBench() {
    }

    public static void main(String[] args) throws Exception {
        String query = "{\"familyName\":\"" + "x".repeat(700) + "\",\"birthYear\":1990}";
        RequestEnvelope request = new RequestEnvelope(TestFederation.ORIGIN.nodeId(), TestFederation.HOST.nodeId(),
                TestFederation.T0, TestFederation.T0.plusSeconds(60), "j-bench", "family-tracing", "consent",
                "agreement-1", "humanitarian-tracing", "find-person", query);
        String signedOnce = new EnvelopeSigner(TestFederation.ORIGIN).signRequest(request);
        Payload payload = JWSObject.parse(signedOnce).getPayload();
        ECKey ec = new ECKeyGenerator(Curve.P_256).generate();

        var results = new LinkedHashMap<String, Double>();
        results.put("eddsa-bc sign", rate(() -> sign(payload, JWSAlgorithm.EdDSA,
                TestFederation.ORIGIN.jwsSigner()) != null));
        String eddsa = sign(payload, JWSAlgorithm.EdDSA, TestFederation.ORIGIN.jwsSigner());
        var eddsaVerifier = new EdDsaJwsVerifier(TestFederation.ORIGIN.publicKey());
        results.put("eddsa-bc verify", rate(() -> verify(eddsa, eddsaVerifier)));
        results.put("es256-jdk sign", rate(() -> sign(payload, JWSAlgorithm.ES256, ecSigner(ec)) != null));
        String es256 = sign(payload, JWSAlgorithm.ES256, ecSigner(ec));
        var esVerifier = new ECDSAVerifier(ec.toECPublicKey());
        results.put("es256-jdk verify", rate(() -> verify(es256, esVerifier)));
        results.put("envelope verify (all rules)", rate(fullVerify(signedOnce)));
        report(results, signedOnce.length());
    }

    private static BooleanSupplier fullVerify(String jws) {
        // the same request every time, so the cache must forget it: measures rules + crypto, not fsync
        ReplayCache forgetful = new ReplayCache() {
            @Override
            public boolean contains(String issuer, String jti) {
                return false;
            }

            @Override
            public boolean markIfAbsent(String issuer, String jti, Instant keepUntil) {
                return true;
            }
        };
        var trust = TestFederation.trustList();
        var verifier = new EnvelopeVerifier(TestFederation.HOST.nodeId(), () -> trust, forgetful,
                Clock.fixed(TestFederation.T0, ZoneOffset.UTC), Limits.DEFAULT, List.of());
        return () -> verifier.verify(jws, Optional.of(TestFederation.ORIGIN.fingerprint())).isAccepted();
    }

    private static JWSSigner ecSigner(ECKey key) {
        try {
            return new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(Payload payload, JWSAlgorithm alg, JWSSigner signer) {
        var jws = new JWSObject(new JWSHeader.Builder(alg).keyID("k").build(), payload);
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jws.serialize();
    }

    private static boolean verify(String compact, JWSVerifier verifier) {
        try {
            return JWSObject.parse(compact).verify(verifier);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double rate(BooleanSupplier op) {
        loop(op, WARMUP);
        return loop(op, MEASURE);
    }

    private static double loop(BooleanSupplier op, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        long n = 0;
        while (System.nanoTime() < end) {
            if (!op.getAsBoolean()) {
                throw new IllegalStateException("benchmarked operation failed");
            }
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static void report(Map<String, Double> results, int jwsChars) throws IOException {
        var json = new StringBuilder("{\"jwsChars\":" + jwsChars + ",\"opsPerSecond\":{");
        System.out.printf("%-30s %12s%n", "operation (~1 KB request)", "ops/s");
        results.forEach((name, rate) -> {
            System.out.printf("%-30s %12.0f%n", name, rate);
            json.append('"').append(name).append("\":").append(Math.round(rate)).append(',');
        });
        json.setLength(json.length() - 1);
        json.append("},\"java\":\"").append(System.getProperty("java.version")).append("\"}\n");
        Path out = Path.of("node/target/bench/envelope-jws.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
