// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MerkleTreeTest {

    @Nested
    class KnownAnswers {
        @Test
        void root_ofReferenceLeaves_matchesRfc6962Vectors() throws IOException {
            JsonObject json = readJson("/exchangelog/rfc6962-roots.json");
            var inputs = json.getAsJsonArray("leafInputsHex");
            var roots = json.getAsJsonArray("rootsHex");
            MerkleTree tree = new MerkleTree();
            assertThat(tree.root().hex()).isEqualTo(roots.get(0).getAsString());
            for (int i = 0; i < inputs.size(); i++) {
                tree.append(Rfc9162.leafHash(HexFormat.of().parseHex(inputs.get(i).getAsString())));
                assertThat(tree.root().hex()).as("root at size %d", i + 1).isEqualTo(roots.get(i + 1).getAsString());
            }
            for (int size = 0; size <= inputs.size(); size++) {
                assertThat(tree.root(size).hex()).isEqualTo(roots.get(size).getAsString());
            }
        }
    }

    @Nested
    class AgainstBruteForce {
        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 5, 7, 8, 9, 31, 64, 100, 255, 256, 257, 1000})
        void everyRootAndRandomProofs_equalTheRfcDefinitions(int n) {
            var fixture = new Fixture(n, n);
            for (int m = 0; m <= n; m++) {
                assertThat(fixture.tree.root(m)).as("root(%d)", m).isEqualTo(fixture.reference.root(m));
            }
            fixture.checkRandomProofs(new SplittableRandom(n), 40);
        }

        @Test
        void largeTree_crossingStoredLevels_matchesBruteForceAtRandomSizes() {
            // 70 000 > 2^16 leaves exercises nodes folded from every stored level up to 16.
            var fixture = new Fixture(70_000, 42);
            var random = new SplittableRandom(7);
            for (int i = 0; i < 6; i++) {
                int m = random.nextInt(1, 70_001);
                assertThat(fixture.tree.root(m)).isEqualTo(fixture.reference.root(m));
            }
            fixture.checkRandomProofs(random, 8);
        }
    }

    @Nested
    class Tampering {
        private final Fixture fixture = new Fixture(37, 3);

        @Test
        void inclusion_withFlippedBitInAnyPathHash_fails() {
            InclusionProof proof = fixture.tree.inclusionProof(11, 37);
            for (int i = 0; i < proof.path().size(); i++) {
                var bad = new InclusionProof(11, 37, flip(proof.path(), i));
                assertThat(bad.verify(fixture.tree.leafHash(11), fixture.tree.root(37)).ok()).isFalse();
            }
        }

        @Test
        void inclusion_ofOtherLeaf_failsWithRootMismatch() {
            InclusionProof proof = fixture.tree.inclusionProof(11, 37);
            assertThat(proof.verify(fixture.tree.leafHash(12), fixture.tree.root(37)))
                    .isInstanceOfSatisfying(Verification.Invalid.class,
                            v -> assertThat(v.code()).isEqualTo("inclusion.root-mismatch"));
        }

        @Test
        void inclusion_withDroppedOrExtraHash_failsWithLengthReason() {
            InclusionProof proof = fixture.tree.inclusionProof(11, 37);
            List<Hash> longer = new ArrayList<>(proof.path());
            longer.add(fixture.tree.root());
            assertThat(code(new InclusionProof(11, 37, longer).verify(fixture.tree.leafHash(11), fixture.tree.root())))
                    .isEqualTo("inclusion.path-too-long");
            assertThat(code(new InclusionProof(11, 37, proof.path().subList(1, proof.path().size()))
                    .verify(fixture.tree.leafHash(11), fixture.tree.root()))).isEqualTo("inclusion.path-too-short");
        }

        @Test
        void consistency_withFlippedBitInAnyPathHash_fails() {
            ConsistencyProof proof = fixture.tree.consistencyProof(13, 37);
            for (int i = 0; i < proof.path().size(); i++) {
                var bad = new ConsistencyProof(13, 37, flip(proof.path(), i));
                assertThat(bad.verify(fixture.tree.root(13), fixture.tree.root(37)).ok()).isFalse();
            }
        }

        @Test
        void consistency_ofForkedHistory_fails() {
            var fork = new Fixture(37, 4);
            ConsistencyProof proof = fixture.tree.consistencyProof(13, 37);
            assertThat(proof.verify(fixture.tree.root(13), fork.tree.root(37)).ok()).isFalse();
            assertThat(proof.verify(fork.tree.root(13), fixture.tree.root(37)).ok()).isFalse();
        }
    }

    @Test
    void proofs_refuseSizesBeyondTheTree() {
        var tree = new Fixture(5, 1).tree;
        assertThatThrownBy(() -> tree.inclusionProof(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.root(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(4, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String code(Verification v) {
        return v instanceof Verification.Invalid i ? i.code() : "valid";
    }

    static List<Hash> flip(List<Hash> path, int index) {
        List<Hash> out = new ArrayList<>(path);
        byte[] b = out.get(index).bytes();
        b[b.length / 2] ^= 0x10;
        out.set(index, new Hash(b));
        return out;
    }

    static JsonObject readJson(String resource) throws IOException {
        try (var in = new InputStreamReader(Objects.requireNonNull(MerkleTreeTest.class.getResourceAsStream(resource)),
                StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(in).getAsJsonObject();
        }
    }

    /** A tree of n pseudo-random leaves and the brute-force reference over the same leaves. */
    private static final class Fixture {
        final MerkleTree tree = new MerkleTree();
        final BruteForceTree reference;
        final int n;

        Fixture(int n, long seed) {
            this.n = n;
            var random = new SplittableRandom(seed);
            List<byte[]> leaves = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte[] input = new byte[random.nextInt(1, 40)];
                random.nextBytes(input);
                leaves.add(BruteForceTree.leaf(input));
                tree.appendLeafHash(leaves.getLast());
            }
            reference = new BruteForceTree(leaves);
        }

        void checkRandomProofs(SplittableRandom random, int count) {
            for (int t = 0; t < count; t++) {
                int size = random.nextInt(1, n + 1);
                int index = random.nextInt(size);
                InclusionProof inclusion = tree.inclusionProof(index, size);
                assertThat(inclusion.path()).isEqualTo(reference.path(index, size));
                assertThat(inclusion.verify(tree.leafHash(index), reference.root(size)).ok()).isTrue();
                int size1 = random.nextInt(1, size + 1);
                ConsistencyProof consistency = tree.consistencyProof(size1, size);
                assertThat(consistency.path()).isEqualTo(reference.proof(size1, size));
                assertThat(consistency.verify(reference.root(size1), reference.root(size)).ok())
                        .as("consistency %d -> %d", size1, size).isTrue();
            }
        }
    }
}
