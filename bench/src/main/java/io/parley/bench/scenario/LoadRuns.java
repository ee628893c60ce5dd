package io.parley.bench.scenario;

import io.parley.bench.client.FrameListener;
import io.parley.bench.client.IncomingFrame;
import io.parley.bench.client.SocketConnection;
import io.parley.bench.report.LoadCounters;
import io.parley.bench.report.MessageStats;
import io.parley.bench.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Runs a scenario's load {@code --runs} times over the same users and sockets. Setting up a
 * thousand users takes minutes while a measurement takes seconds, and one measurement on a
 * shared machine proves little; so the set-up is paid once and the load repeated.
 */
final class LoadRuns {

    /** Lets the stragglers of one run arrive before the next one starts counting. */
    private static final long PAUSE_SECONDS = 3;

    private final String scenario;
    private final RunContext context;
    private final Switch listener = new Switch();

    LoadRuns(String scenario, RunContext context) {
        this.scenario = scenario;
        this.context = context;
        listener.target = new MessageLoad(scenario, context, 1);
    }

    /** The listener to open the scenario's sockets with; it hands frames to the current run. */
    FrameListener listener() {
        return listener;
    }

    /** Runs the load; then closes the sockets. One report per run. */
    List<Report> run(String setup, List<MessageLoad.Sender> senders, int recipientsPerMessage, List<SocketConnection> sockets)
            throws InterruptedException {
        int runs = context.options.runs();
        List<Report> reports = new ArrayList<>(runs);
        for (int i = 1; i <= runs; i++) {
            if (i > 1) {
                TimeUnit.SECONDS.sleep(PAUSE_SECONDS);
                listener.target = new MessageLoad(scenario, context, i);
            }
            if (runs > 1) {
                context.progress.line("-- run " + i + " of " + runs);
            }
            MessageLoad load = listener.target;
            MessageStats stats = load.run(senders, recipientsPerMessage, sockets);
            String label = runs > 1 ? setup + " (run " + i + " of " + runs + ")" : setup;
            reports.add(ofLoad(scenario, label, stats, load.counters(), sockets, context.serverRss()));
        }
        context.closeAll(sockets);
        return reports;
    }

    /** The report of a scenario that sent messages over {@code sockets}, taken while they are still open. */
    private static Report ofLoad(String scenario, String setup, MessageStats messages, LoadCounters counters,
                                 List<SocketConnection> sockets, OptionalLong serverRss) {
        int held = (int) sockets.stream().filter(SocketConnection::isOpen).count();
        return new Report(scenario, setup, messages, counters.errors(), counters.errorsByKind(), sockets.size(), held,
                serverRss, OptionalLong.empty(), List.of());
    }

    private static final class Switch implements FrameListener {

        volatile MessageLoad target;

        @Override
        public void onFrame(SocketConnection connection, IncomingFrame frame) {
            target.onFrame(connection, frame);
        }

        @Override
        public void onLost(SocketConnection connection) {
            target.onLost(connection);
        }
    }
}
