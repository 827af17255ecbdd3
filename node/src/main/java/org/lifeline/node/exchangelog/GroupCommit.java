// SPDX-License-Identifier: Apache-2.0
package org.lifeline.node.exchangelog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit for single-entry appends from many threads: while one caller's batch is being written and synced, the
 * others queue up; the next lock holder writes everything queued as one batch (one write, one fsync). A caller returns
 * only once the batch holding its entry has been appended, i.e. synced. No background thread is needed: the waiting
 * callers take turns as committer.
 */
public final class GroupCommit {
    private final ExchangeLog log;
    private final ReentrantLock committer = new ReentrantLock();
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();

    private record Pending(ExchangeEntry entry, CompletableFuture<Long> index) {
    }

    public GroupCommit(ExchangeLog log) {
        this.log = log;
    }

    /** Appends durably and returns the entry's index. */
    public long append(ExchangeEntry entry) {
        var pending = new Pending(entry, new CompletableFuture<>());
        queue.add(pending);
        committer.lock();
        try {
            if (!pending.index().isDone()) {
                commitQueued();
            }
        } finally {
            committer.unlock();
        }
        return pending.index().join();
    }

    private void commitQueued() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p = queue.poll(); p != null; p = queue.poll()) {
            batch.add(p);
        }
        try {
            long first = log.append(batch.stream().map(Pending::entry).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).index().complete(first + i);
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.index().completeExceptionally(e));
            throw e;
        }
    }
}
