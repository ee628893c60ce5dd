package io.parley.bench.scenario;

import io.parley.bench.report.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Runs many blocking set-up calls with a fixed number in flight: registering ten thousand users
 * one by one would take long, all at once would swamp the server it is about to measure.
 * The first failure stops the rest and is rethrown.
 */
final class ParallelSetup {

    private final int concurrency;
    private final Progress progress;

    ParallelSetup(int concurrency, Progress progress) {
        this.concurrency = concurrency;
        this.progress = progress;
    }

    <T> List<T> run(String what, int count, IntFunction<T> task) {
        if (count == 0) {
            return List.of();
        }
        AtomicReferenceArray<T> results = new AtomicReferenceArray<>(count);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(count);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, count), daemon(what));
        long start = System.nanoTime();
        try {
            for (int i = 0; i < count; i++) {
                int index = i;
                pool.execute(() -> {
                    try {
                        if (failure.get() == null) {
                            results.set(index, task.apply(index));
                            done.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        finished.countDown();
                    }
                });
            }
            while (!finished.await(1, TimeUnit.SECONDS)) {
                double seconds = (System.nanoTime() - start) / 1e9;
                progress.line(String.format("%s: %,d/%,d (%.0f/s)", what, done.get(), count, done.get() / seconds));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        progress.line(String.format("%s: %,d done in %.1f s", what, count, (System.nanoTime() - start) / 1e9));
        List<T> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(results.get(i));
        }
        return list;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "setup-" + name.replace(' ', '-') + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
