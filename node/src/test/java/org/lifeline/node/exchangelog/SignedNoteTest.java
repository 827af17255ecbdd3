// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignedNoteTest {
    // The example in https://c2sp.org/signed-note, "Verifier keys".
    private static final String SPEC_VKEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    private static final String SPEC_NOTE = "This is an example message.\n\n\u2014 example.com/foo "
            + "Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    private final TestSigner log = TestSigner.log("lifeline.example/node-a", 1);
    private final Checkpoint checkpoint = new Checkpoint("lifeline.example/node-a", 12,
            Rfc9162.leafHash(new byte[] {1}), Instant.ofEpochSecond(1_732_380_000L));

    @Nested
    class SpecExample {
        @Test
        void specVerifierKey_verifiesSpecNote() {
            NoteVerifier key = VerifierKey.parse(SPEC_VKEY).orThrow().verifier();
            assertThat(key.keyId()).isEqualTo(0x530d903a);
            assertThat(SignedNote.parse(SPEC_NOTE).orThrow().verify(List.of(key)).ok()).isTrue();
        }

        @Test
        void specNote_withChangedText_fails() {
            NoteVerifier key = VerifierKey.parse(SPEC_VKEY).orThrow().verifier();
            SignedNote note = SignedNote.parse(SPEC_NOTE.replace("example message", "example massage")).orThrow();
            assertThat(note.verify(List.of(key))).isEqualTo(Verification.invalid("note.bad-signature",
                    "key example.com/foo"));
        }

        @Test
        void verifierKey_withWrongKeyId_isRefused() {
            assertThat(VerifierKey.parse(SPEC_VKEY.replace("530d903a", "530d903b")))
                    .isInstanceOf(Parsed.Refused.class);
        }

        @Test
        void verifierKey_formatsBackToTheSpecString() {
            assertThat(VerifierKey.parse(SPEC_VKEY).orThrow().format()).isEqualTo(SPEC_VKEY);
        }

        // '+' separates the vkey's parts but is also a base64 character of the key material
        @Test
        void verifierKey_whoseBase64HoldsAPlus_parses() {
            VerifierKey key = java.util.stream.LongStream.range(0, 200)
                    .mapToObj(seed -> TestSigner.log("log.example", seed).verifierKey())
                    .filter(k -> k.format().chars().filter(c -> c == '+').count() > 2).findFirst().orElseThrow();

            assertThat(VerifierKey.parse(key.format())).isEqualTo(Parsed.ok(key));
        }
    }

    @Nested
    class Checkpoints {
        @Test
        void body_isTheC2spCheckpointTextWithOneTimeExtension() {
            assertThat(checkpoint.body()).isEqualTo("lifeline.example/node-a\n12\n"
                    + checkpoint.root().base64() + "\nlifeline-time 1732380000\n");
            assertThat(Checkpoint.parse(checkpoint.body())).isEqualTo(Parsed.ok(checkpoint));
        }

        @Test
        void parse_refusesLooseForms() {
            String body = checkpoint.body();
            assertThat(Checkpoint.parse(body.replace("\n12\n", "\n012\n"))).isInstanceOf(Parsed.Refused.class);
            assertThat(Checkpoint.parse(body.replace("lifeline-time 1732380000\n", "")))
                    .isInstanceOf(Parsed.Refused.class);
            assertThat(Checkpoint.parse(body + "extra\n")).isInstanceOf(Parsed.Refused.class);
            assertThat(Checkpoint.parse(body.replace(checkpoint.root().base64(), "AAAA")))
                    .isInstanceOf(Parsed.Refused.class);
        }

        @Test
        void signedCheckpoint_roundTripsAndVerifiesWithTheLogKeyOnly() {
            SignedCheckpoint signed = SignedCheckpoint.sign(checkpoint, log);
            SignedCheckpoint parsed = SignedCheckpoint.parse(signed.format()).orThrow();
            assertThat(parsed).isEqualTo(signed);
            assertThat(parsed.verifyLogSignature(log.verifier()).ok()).isTrue();
            NoteVerifier impostor = TestSigner.log("lifeline.example/node-a", 2).verifier();
            assertThat(parsed.verifyLogSignature(impostor)).isInstanceOfSatisfying(Verification.Invalid.class,
                    v -> assertThat(v.code()).isEqualTo("note.signature-missing"));
        }

        @Test
        void signedCheckpoint_withAlteredSize_failsSignature() {
            String forged = SignedCheckpoint.sign(checkpoint, log).format().replace("\n12\n", "\n13\n");
            assertThat(SignedCheckpoint.parse(forged).orThrow().verifyLogSignature(log.verifier()).ok()).isFalse();
        }
    }

    @Nested
    class Notes {
        @Test
        void unknownSignaturesAreIgnored_butANoteNeedsOneTrustedSignature() {
            SignedNote note = SignedNote.sign(checkpoint.body(), log);
            var stranger = TestSigner.log("stranger.example", 3);
            assertThat(note.verify(List.of(stranger.verifier()))).isInstanceOfSatisfying(Verification.Invalid.class,
                    v -> assertThat(v.code()).isEqualTo("note.no-trusted-signature"));
            SignedNote both = note.withSignature(SignedNote.sign(checkpoint.body(), stranger).signatures().getFirst());
            assertThat(both.verify(List.of(log.verifier())).ok()).isTrue();
        }

        @Test
        void parse_refusesControlCharactersAndMissingSignatureBlock() {
            String good = SignedNote.sign(checkpoint.body(), log).format();
            assertThat(SignedNote.parse(good.replace("\n12\n", "\n1\t2\n"))).isInstanceOf(Parsed.Refused.class);
            assertThat(SignedNote.parse(checkpoint.body())).isInstanceOf(Parsed.Refused.class);
            assertThat(SignedNote.parse(good.replace("\u2014", "-"))).isInstanceOf(Parsed.Refused.class);
        }
    }
}
