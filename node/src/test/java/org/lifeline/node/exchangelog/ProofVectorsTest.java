// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the transparency-dev/merkle proof vectors (see resources/exchangelog/README.md): each file says whether
 * verification must succeed. Happy-path proofs are also regenerated from the 8-leaf reference tree they were made from.
 */
class ProofVectorsTest {

    static Stream<Path> inclusionVectors() throws IOException, URISyntaxException {
        return vectors("inclusion");
    }

    static Stream<Path> consistencyVectors() throws IOException, URISyntaxException {
        return vectors("consistency");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inclusionVectors")
    void inclusionVector_verifiesExactlyWhenExpected(Path file) throws IOException {
        JsonObject v = read(file);
        boolean verified = tryVerifyInclusion(v);
        assertThat(verified).as(v.get("desc").getAsString()).isEqualTo(!v.get("wantErr").getAsBoolean());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistencyVectors")
    void consistencyVector_verifiesExactlyWhenExpected(Path file) throws IOException {
        JsonObject v = read(file);
        boolean verified = tryVerifyConsistency(v);
        // Deliberate deviation: the Go verifier accepts equal sizes with equal but malformed (non-32-byte) roots
        // without looking at them; our Hash type refuses such roots, so those vectors must fail here.
        boolean expected = !v.get("wantErr").getAsBoolean() && representable(v, "root1") && representable(v, "root2");
        assertThat(verified).as(v.get("desc").getAsString()).isEqualTo(expected);
    }

    @Test
    void happyPathProofsOfTheReferenceTree_areWhatWeGenerate() throws IOException, URISyntaxException {
        MerkleTree tree = referenceTree();
        int checked = 0;
        for (Path file : inclusionVectors().filter(p -> p.endsWith("happy-path.json")).toList()) {
            JsonObject v = read(file);
            long size = v.get("treeSize").getAsLong();
            if (size <= tree.size() && tree.root(size).equals(hash(v, "root"))) {
                assertThat(tree.inclusionProof(v.get("leafIdx").getAsLong(), size).path()).isEqualTo(hashes(v));
                checked++;
            }
        }
        for (Path file : consistencyVectors().filter(p -> p.endsWith("happy-path.json")).toList()) {
            JsonObject v = read(file);
            long size2 = v.get("size2").getAsLong();
            if (size2 <= tree.size() && tree.root(size2).equals(hash(v, "root2"))) {
                assertThat(tree.consistencyProof(v.get("size1").getAsLong(), size2).path()).isEqualTo(hashes(v));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }

    // A field that is not a 32-byte hash cannot be represented, so such a vector is refused before verification.
    private static boolean tryVerifyInclusion(JsonObject v) {
        try {
            var proof = new InclusionProof(v.get("leafIdx").getAsLong(), v.get("treeSize").getAsLong(), hashes(v));
            return proof.verify(hash(v, "leafHash"), hash(v, "root")).ok();
        } catch (IllegalArgumentException unrepresentable) {
            return false;
        }
    }

    private static boolean tryVerifyConsistency(JsonObject v) {
        try {
            var proof = new ConsistencyProof(v.get("size1").getAsLong(), v.get("size2").getAsLong(), hashes(v));
            return proof.verify(hash(v, "root1"), hash(v, "root2")).ok();
        } catch (IllegalArgumentException unrepresentable) {
            return false;
        }
    }

    private static boolean representable(JsonObject v, String field) {
        return Base64.getDecoder().decode(v.get(field).getAsString()).length == Hash.LENGTH;
    }

    private static MerkleTree referenceTree() throws IOException {
        JsonArray inputs = MerkleTreeTest.readJson("/exchangelog/rfc6962-roots.json").getAsJsonArray("leafInputsHex");
        MerkleTree tree = new MerkleTree();
        inputs.forEach(in -> tree.append(Rfc9162.leafHash(HexFormat.of().parseHex(in.getAsString()))));
        return tree;
    }

    private static Hash hash(JsonObject v, String field) {
        return new Hash(Base64.getDecoder().decode(v.get(field).getAsString()));
    }

    private static List<Hash> hashes(JsonObject v) {
        List<Hash> out = new ArrayList<>();
        JsonElement proof = v.get("proof");
        if (proof != null && proof.isJsonArray()) {
            proof.getAsJsonArray().forEach(e -> out.add(new Hash(Base64.getDecoder().decode(e.getAsString()))));
        }
        return out;
    }

    private static JsonObject read(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }

    private static Stream<Path> vectors(String kind) throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(ProofVectorsTest.class.getResource("/exchangelog/" + kind)).toURI());
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }
}
