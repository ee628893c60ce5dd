package io.parley.bench.client;

import io.parley.bench.report.Progress;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Opens many sockets with a bounded number of upgrades in flight, spread over the source
 * addresses. It stops at the target, at a deadline, or once failures come in a row (the server
 * or this process has reached a limit), and says why.
 */
public final class SocketOpener {

    /**
     * What was opened, indexed as asked (null where a socket failed or was not tried); the first
     * failure and why opening stopped short, if it did.
     */
    public record Result(List<SocketConnection> sockets, int failures, String firstFailure, String stoppedBecause) {

        public List<SocketConnection> open() {
            return sockets.stream().filter(s -> s != null).toList();
        }
    }

    private static final int FAILURES_IN_A_ROW_TO_STOP = 100;

    private final SocketClient client;
    private final List<InetAddress> sourceAddresses;
    private final int concurrency;
    private final Progress progress;

    public SocketOpener(SocketClient client, List<InetAddress> sourceAddresses, int concurrency, Progress progress) {
        this.client = client;
        this.sourceAddresses = sourceAddresses;
        this.concurrency = concurrency;
        this.progress = progress;
    }

    /**
     * Opens up to {@code count} sockets, the i-th as {@code owner.apply(i)}, until {@code deadline}
     * (nanoTime). Waits for the upgrades in flight before returning.
     */
    public Result open(int count, IntFunction<Account> owner, FrameListener listener, long deadline) throws InterruptedException {
        AtomicReferenceArray<SocketConnection> opened = new AtomicReferenceArray<>(count);
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger failedInARow = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        Semaphore inFlight = new Semaphore(concurrency);
        long start = System.nanoTime();
        long nextLine = start + TimeUnit.SECONDS.toNanos(1);
        String stoppedBecause = null;

        for (int i = 0; i < count; i++) {
            if (failedInARow.get() >= FAILURES_IN_A_ROW_TO_STOP) {
                stoppedBecause = FAILURES_IN_A_ROW_TO_STOP + " failures in a row";
                break;
            }
            long wait = deadline - System.nanoTime();
            if (wait <= 0 || !inFlight.tryAcquire(wait, TimeUnit.NANOSECONDS)) {
                stoppedBecause = "out of time";
                break;
            }
            int index = i;
            InetAddress from = sourceAddresses.isEmpty() ? null : sourceAddresses.get(i % sourceAddresses.size());
            client.connect(index, owner.apply(index).token(), from, listener).whenComplete((socket, failure) -> {
                if (socket != null) {
                    opened.set(index, socket);
                    succeeded.incrementAndGet();
                    failedInARow.set(0);
                } else {
                    failed.incrementAndGet();
                    failedInARow.incrementAndGet();
                    firstFailure.compareAndSet(null, SocketClient.reason(failure));
                }
                inFlight.release();
            });
            if (System.nanoTime() >= nextLine) {
                nextLine += TimeUnit.SECONDS.toNanos(1);
                line(succeeded.get(), failed.get(), count, start);
            }
        }
        // Every upgrade has its own timeout, so the ones in flight all end.
        inFlight.acquire(concurrency);
        line(succeeded.get(), failed.get(), count, start);
        if (stoppedBecause != null) {
            progress.line("stopped opening sockets: " + stoppedBecause);
        }
        List<SocketConnection> sockets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sockets.add(opened.get(i));
        }
        return new Result(sockets, failed.get(), firstFailure.get(), stoppedBecause);
    }

    private void line(int succeeded, int failed, int count, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.line(String.format("opening sockets: %,d/%,d open, %,d failed (%.0f/s)", succeeded, count, failed, succeeded / seconds));
    }
}
