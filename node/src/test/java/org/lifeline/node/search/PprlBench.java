// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.search;

/** PPRL section of the benchmark; filled in once the linkage package exists. */
final class PprlBench {
    private PprlBench() {
    }

    static String section(int pairs) {
        return "";
    }
}
