// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.cli;

import java.io.PrintWriter;
import java.util.function.DoubleConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work on the terminal: a live bar on an interactive terminal, a line per 10 % otherwise (logs
 * and CI keep readable output).
 */
final class Progress implements DoubleConsumer, AutoCloseable {
    private static final int SCALE = 1000;

    private final ProgressBar bar;
    private final PrintWriter plain;
    private final String task;
    private int lastDecile = -1;

    private Progress(String task, PrintWriter err) {
        this.task = task;
        if (System.console() != null) {
            this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(SCALE).setUnit("%", SCALE / 100)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            this.plain = null;
        } else {
            this.bar = null;
            this.plain = err;
        }
    }

    static Progress start(String task, PrintWriter err) {
        return new Progress(task, err);
    }

    @Override
    public void accept(double fraction) {
        long scaled = Math.round(Math.max(0, Math.min(1, fraction)) * SCALE);
        if (bar != null) {
            bar.stepTo(scaled);
            return;
        }
        int decile = (int) (scaled / (SCALE / 10));
        if (decile > lastDecile) {
            lastDecile = decile;
            plain.printf("%s: %d%%%n", task, decile * 10);
            plain.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
