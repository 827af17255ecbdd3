// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.federation.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Asks several peers at once, one virtual thread each, and waits at most until a shared deadline. Partial results
 * are normal in a crisis: the outcome names every peer that answered, failed (and why) or ran out of time.
 */
public final class FanOut {
    private FanOut() {
    }

    /** What one fan-out produced: answers by peer id, and failures by peer id with a reason safe to show. */
    public record Outcome<T>(Map<String, T> answers, Map<String, String> failures) {
        public Outcome {
            answers = Map.copyOf(answers);
            failures = Map.copyOf(failures);
        }
    }

    /** Runs {@code call} for every peer id in parallel; a call that throws or outlives {@code deadline} is a failure. */
    public static <T> Outcome<T> ask(List<String> peers, Function<String, T> call, Duration deadline) {
        long deadlineNanos = System.nanoTime() + deadline.toNanos();
        Map<String, Future<T>> futures = new LinkedHashMap<>();
        Map<String, T> answers = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        // not try-with-resources: close() would wait for a hung peer; stragglers are interrupted and abandoned instead
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        try {
            for (String peer : peers) {
                futures.put(peer, pool.submit(() -> call.apply(peer)));
            }
            for (var e : futures.entrySet()) {
                long left = Math.max(0, deadlineNanos - System.nanoTime());
                try {
                    answers.put(e.getKey(), e.getValue().get(left, TimeUnit.NANOSECONDS));
                } catch (TimeoutException timeout) {
                    e.getValue().cancel(true);
                    failures.put(e.getKey(), "no answer within " + deadline.toMillis() + " ms");
                } catch (ExecutionException failed) {
                    failures.put(e.getKey(), reason(failed.getCause()));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    failures.put(e.getKey(), "interrupted");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome<>(answers, failures);
    }

    private static String reason(Throwable cause) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = cause; t != null && parts.size() < 3; t = t.getCause()) {
            parts.add(t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
        }
        return String.join(" <- ", parts);
    }
}
