package io.parley.bench.scenario;

import io.parley.bench.client.ApiException;
import io.parley.bench.client.FrameListener;
import io.parley.bench.client.IncomingFrame;
import io.parley.bench.client.OutgoingFrames;
import io.parley.bench.client.SocketConnection;
import io.parley.bench.report.CpuMeter;
import io.parley.bench.report.LatencyRecorder;
import io.parley.bench.report.LoadCounters;
import io.parley.bench.report.MessageStats;
import io.parley.bench.report.ProcessStats;
import io.parley.bench.report.Progress;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Histogram;

/**
 * Sends messages from a set of sockets at a steady total rate, and counts and times what comes
 * back on every socket: acks on the sender's, {@code receive_message} on every member's. The
 * same instance is the {@link FrameListener} of all the scenario's sockets.
 *
 * <p>A run is warm-up, then the measured window, then a drain that waits (boundedly) for the last
 * acks and deliveries. A progress line goes out every second.
 */
final class MessageLoad implements FrameListener {

    /** One socket that sends, and the conversation it sends to. */
    record Sender(SocketConnection connection, String conversationId) {
    }

    private final String scenario;
    private final BenchOptions options;
    private final Progress progress;
    private final ProcessStats server;
    private final CpuMeter cpu;
    /** Unique to this run of this process: Parley treats a repeated clientMessageId as a resend. */
    private final String clientMessageIdPrefix;
    private final LoadCounters counters = new LoadCounters();
    private final LatencyRecorder deliveryLatency = new LatencyRecorder();
    private final LatencyRecorder ackLatency = new LatencyRecorder();
    private final AtomicBoolean rateLimitHintShown = new AtomicBoolean();

    MessageLoad(String scenario, RunContext context, int run) {
        this.scenario = scenario;
        this.options = context.options;
        this.progress = context.progress;
        this.server = context.server;
        this.cpu = new CpuMeter(context.server, context.bench);
        this.clientMessageIdPrefix = context.runId + "-" + run + "-";
    }

    LoadCounters counters() {
        return counters;
    }

    @Override
    public void onFrame(SocketConnection connection, IncomingFrame frame) {
        if (frame.type() == null) {
            counters.error("unreadable frame");
            return;
        }
        switch (frame.type()) {
            case "receive_message" -> {
                counters.delivered.increment();
                record(deliveryLatency, frame.content());
            }
            case "ack" -> {
                connection.replied();
                counters.acked.increment();
                record(ackLatency, frame.content());
            }
            case "error" -> {
                if (frame.ref() != null) {
                    connection.replied();
                    counters.rejected.increment();
                }
                counters.error("error frame: " + frame.code());
                if ("rate_limited".equals(frame.code()) && rateLimitHintShown.compareAndSet(false, true)) {
                    progress.warn("a send was refused with rate_limited. " + ApiException.RATE_LIMIT_HINT);
                }
            }
            default -> {
                // user_status, member_joined, typing: not what is measured
            }
        }
    }

    @Override
    public void onLost(SocketConnection connection) {
        counters.error("socket closed by the server: " + connection.closedBecause());
    }

    private static void record(LatencyRecorder recorder, String content) {
        long sentAt = MessageStamp.sentAt(content);
        if (sentAt >= 0) {
            recorder.recordNanos(MessageStamp.now() - sentAt);
        }
    }

    /**
     * Runs the load: {@code senders} take turns at the configured total rate; each acked message
     * is expected to reach {@code recipientsPerMessage} sockets; {@code sockets} are all the
     * scenario's sockets, counted in the progress line.
     */
    MessageStats run(List<Sender> senders, int recipientsPerMessage, List<SocketConnection> sockets) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + options.warmup().toNanos();
        long end = measureFrom + options.duration().toNanos();
        Window window = new Window(counters.snapshot());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-progress");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ticker.scheduleAtFixedRate(() -> window.tick(start, measureFrom, sockets), 1, 1, TimeUnit.SECONDS);
            ticker.schedule(window::startMeasuring, measureFrom - start, TimeUnit.NANOSECONDS);
            Pacer.run(options.rate(), start, end, n -> send(senders.get((int) (n % senders.size())), n));
            window.stopMeasuring();
            drain(recipientsPerMessage);
        } finally {
            ticker.shutdownNow();
            ticker.awaitTermination(5, TimeUnit.SECONDS);
        }
        deliveryLatency.roll(true);
        ackLatency.roll(true);
        long acked = counters.acked.sum();
        return new MessageStats(options.rate(), window.rates(), counters.sent.sum(), acked, counters.rejected.sum(),
                counters.delivered.sum(), acked * recipientsPerMessage, counters.skipped.sum(), deliveryLatency.total(), ackLatency.total(),
                window.cpu());
    }

    private void send(Sender sender, long n) {
        SocketConnection socket = sender.connection();
        if (!socket.isOpen() || socket.awaitingReply() >= options.maxInFlight()) {
            // Piling more onto a socket that is far behind would only get it closed for flooding.
            counters.skipped.increment();
            return;
        }
        String content = MessageStamp.content(MessageStamp.now(), options.contentLength());
        String ref = Long.toString(n);
        socket.request(OutgoingFrames.sendMessage(ref, sender.conversationId(), content, clientMessageIdPrefix + ref));
        counters.sent.increment();
    }

    /** Waits until every send is answered and every acked message delivered, or the drain time is up. */
    private void drain(int recipientsPerMessage) throws InterruptedException {
        long deadline = System.nanoTime() + options.drain().toNanos();
        while (System.nanoTime() < deadline) {
            long answered = counters.acked.sum() + counters.rejected.sum();
            boolean allAnswered = answered >= counters.sent.sum();
            boolean allDelivered = counters.delivered.sum() >= counters.acked.sum() * recipientsPerMessage;
            if (allAnswered && allDelivered) {
                return;
            }
            Thread.sleep(50);
        }
        progress.line("drain: gave up waiting after " + options.drain().toSeconds() + " s");
    }

    /** The measured window's boundaries, and the once-a-second progress line. */
    private final class Window {

        private LoadCounters.Snapshot last;
        private CpuMeter.Sample cpuLast;
        private LoadCounters.Snapshot from;
        private CpuMeter.Sample cpuFrom;
        private LoadCounters.Snapshot to;
        private CpuMeter.Sample cpuTo;
        private boolean measuring;

        Window(LoadCounters.Snapshot first) {
            this.last = first;
            this.cpuLast = cpu.sample();
        }

        synchronized void startMeasuring() {
            if (from != null) {
                return;
            }
            deliveryLatency.roll(false);
            ackLatency.roll(false);
            from = counters.snapshot();
            cpuFrom = cpu.sample();
            measuring = true;
        }

        synchronized void stopMeasuring() {
            startMeasuring(); // in case the scheduler has not got to it yet: a very short run
            to = counters.snapshot();
            cpuTo = cpu.sample();
        }

        synchronized LoadCounters.Rates rates() {
            return to.since(from);
        }

        synchronized CpuMeter.Usage cpu() {
            return cpuTo.since(cpuFrom);
        }

        synchronized void tick(long start, long measureFrom, List<SocketConnection> sockets) {
            LoadCounters.Snapshot now = counters.snapshot();
            CpuMeter.Sample cpuNow = cpu.sample();
            LoadCounters.Rates rates = now.since(last);
            last = now;
            Histogram deliveries = deliveryLatency.roll(measuring);
            Histogram acks = ackLatency.roll(measuring);
            long open = sockets.stream().filter(SocketConnection::isOpen).count();
            long elapsed = Math.round((now.at() - start) / 1e9);
            String phase = now.at() < measureFrom ? " warm-up" : "";
            StringBuilder line = new StringBuilder(String.format("[%s %3ds%s] sent %,.0f/s  acked %,.0f/s  delivered %,.0f/s",
                    scenario, elapsed, phase, rates.sent(), rates.acked(), rates.delivered()));
            appendLatency(line, "delivery", deliveries);
            appendLatency(line, "ack", acks);
            line.append(String.format("  errors %,d  sockets %,d", now.errors(), open));
            String cores = cpuNow.since(cpuLast).describe();
            cpuLast = cpuNow;
            if (!cores.isEmpty()) {
                line.append("  cpu ").append(cores);
            }
            server.rssBytes().ifPresent(rss -> line.append("  server RSS ").append(ProcessStats.mebibytes(rss)));
            progress.line(line.toString());
        }
    }

    private static void appendLatency(StringBuilder line, String name, Histogram histogram) {
        if (histogram.getTotalCount() > 0) {
            line.append(String.format("  %s p50 %.1f p99 %.1f ms", name,
                    histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0));
        }
    }
}
