package io.parley.bench.scenario;

import io.parley.bench.client.Account;
import io.parley.bench.client.FrameListener;
import io.parley.bench.client.IncomingFrame;
import io.parley.bench.client.OutgoingFrames;
import io.parley.bench.client.SocketConnection;
import io.parley.bench.client.SocketOpener;
import io.parley.bench.report.ProcessStats;
import io.parley.bench.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Opens as many idle authenticated sockets as it can up to a target, holds them, then checks each
 * still answers a ping. With {@code --server-pid} it reports the server's resident memory per
 * socket. SPEC §5 asks for 100,000 sockets within 3 GiB. Users get several sockets each (tabs),
 * since registering 100,000 users would take far longer than the measurement.
 */
final class ConnectionsScenario implements Scenario {

    /** File descriptors this process keeps for itself: jars, the HTTP client, the event loop. */
    private static final int RESERVED_FILES = 256;
    private static final long PING_WAIT_NANOS = TimeUnit.SECONDS.toNanos(20);

    @Override
    public List<Report> run(RunContext context) throws Exception {
        BenchOptions options = context.options;
        List<String> notes = new ArrayList<>();
        int target = options.connections();
        OptionalLong fileLimit = openFileLimit("self");
        if (fileLimit.isPresent() && target > fileLimit.getAsLong() - RESERVED_FILES) {
            target = (int) (fileLimit.getAsLong() - RESERVED_FILES);
            notes.add(String.format("target lowered to %,d: this process may open %,d files (ulimit -n)", target, fileLimit.getAsLong()));
            context.progress.warn(notes.get(notes.size() - 1));
        }
        options.serverPid().ifPresent(pid -> openFileLimit(Long.toString(pid)).ifPresent(limit ->
                context.progress.line(String.format("the server may open %,d files (its ulimit -n)", limit))));

        int users = Math.min(options.users(), target);
        List<Account> accounts = context.registerUsers(users);
        OptionalLong rssBefore = context.serverRss();

        Listener listener = new Listener();
        SocketOpener.Result result = context.openSockets(target, accounts, listener);
        List<SocketConnection> sockets = result.open();
        if (result.firstFailure() != null) {
            notes.add(String.format("%,d sockets failed to open; the first: %s", result.failures(), result.firstFailure()));
        }
        if (result.stoppedBecause() != null) {
            notes.add("stopped opening: " + result.stoppedBecause());
        }

        hold(context, sockets, listener);
        int answering = pingAll(sockets, listener);
        OptionalLong rss = context.serverRss();
        OptionalLong perSocket = OptionalLong.empty();
        if (rss.isPresent() && rssBefore.isPresent() && answering > 0) {
            perSocket = OptionalLong.of((rss.getAsLong() - rssBefore.getAsLong()) / answering);
            notes.add("server RSS before opening sockets " + ProcessStats.mebibytes(rssBefore.getAsLong())
                    + "; RSS per socket is the growth since then divided by the sockets held");
        }
        long errors = result.failures() + listener.lost.sum();
        Map<String, Long> errorsByKind = new TreeMap<>();
        if (result.failures() > 0) {
            errorsByKind.put("failed to open", (long) result.failures());
        }
        if (listener.lost.sum() > 0) {
            errorsByKind.put("socket closed by the server, the first: " + listener.firstLoss, listener.lost.sum());
        }
        Report report = new Report("connections",
                String.format("target %,d idle sockets for %,d users, from %d source address(es), held %d s", target, users,
                        Math.max(1, options.sourceAddresses()), options.duration().toSeconds()),
                null, errors, errorsByKind, sockets.size(), answering, rss, perSocket, notes);
        context.closeAll(sockets);
        return List.of(report);
    }

    /** Keeps the sockets idle for the run's duration, with a progress line every second. */
    private static void hold(RunContext context, List<SocketConnection> sockets, Listener listener) throws InterruptedException {
        long end = System.nanoTime() + context.options.duration().toNanos();
        long second = 0;
        while (System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(Math.min(1000, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
            second++;
            StringBuilder line = new StringBuilder(String.format("[connections %3ds holding] open %,d  lost %,d", second,
                    sockets.stream().filter(SocketConnection::isOpen).count(), listener.lost.sum()));
            context.serverRss().ifPresent(rss -> line.append("  server RSS ").append(ProcessStats.mebibytes(rss)));
            context.progress.line(line.toString());
        }
    }

    /** Pings every open socket and returns how many answered: the sockets really held. */
    private static int pingAll(List<SocketConnection> sockets, Listener listener) throws InterruptedException {
        long asked = 0;
        for (SocketConnection socket : sockets) {
            if (socket.isOpen()) {
                socket.request(OutgoingFrames.ping("p" + socket.index()));
                asked++;
            }
        }
        long deadline = System.nanoTime() + PING_WAIT_NANOS;
        while (listener.pongs.sum() < asked && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return (int) listener.pongs.sum();
    }

    /** The "Max open files" soft limit of a process, from {@code /proc/PID/limits}. */
    private static OptionalLong openFileLimit(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "limits"))) {
                if (line.startsWith("Max open files")) {
                    String[] fields = line.substring("Max open files".length()).trim().split("\\s+");
                    return fields[0].equals("unlimited") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(fields[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone: no limit known
        }
        return OptionalLong.empty();
    }

    private static final class Listener implements FrameListener {

        final LongAdder pongs = new LongAdder();
        final LongAdder lost = new LongAdder();
        volatile String firstLoss;

        @Override
        public void onFrame(SocketConnection connection, IncomingFrame frame) {
            if ("pong".equals(frame.type())) {
                connection.replied();
                pongs.increment();
            }
        }

        @Override
        public void onLost(SocketConnection connection) {
            if (firstLoss == null) {
                firstLoss = connection.closedBecause();
            }
            lost.increment();
        }
    }
}
