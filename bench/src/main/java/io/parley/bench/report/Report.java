package io.parley.bench.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.HdrHistogram.Histogram;

/**
 * The outcome of one run, printed as the summary at the end. {@code messages} is null for the
 * connections scenario, which sends none.
 */
public record Report(
        String scenario,
        String setup,
        MessageStats messages,
        long errors,
        Map<String, Long> errorsByKind,
        int socketsOpened,
        int socketsHeld,
        OptionalLong serverRssBytes,
        OptionalLong rssPerSocketBytes,
        List<String> notes) {

    public long delivered() {
        return messages == null ? 0 : messages.delivered();
    }

    public long acked() {
        return messages == null ? 0 : messages.acked();
    }

    public void print(PrintStream out) {
        out.println();
        out.println("== " + scenario + " == " + setup);
        if (messages != null) {
            printMessages(out, messages);
        }
        out.printf("%-18s %,d%n", "errors", errors);
        errorsByKind.forEach((kind, count) -> out.printf("  %-16s %,d%n", kind, count));
        out.printf("%-18s %,d held of %,d opened%n", "sockets", socketsHeld, socketsOpened);
        serverRssBytes.ifPresent(rss -> out.printf("%-18s %s%n", "server RSS", ProcessStats.mebibytes(rss)));
        rssPerSocketBytes.ifPresent(bytes -> out.printf("%-18s %,.1f KiB%n", "RSS per socket", bytes / 1024.0));
        notes.forEach(note -> out.println("note: " + note));
    }

    private static void printMessages(PrintStream out, MessageStats m) {
        LoadCounters.Rates r = m.rates();
        out.printf("%-18s %.1f s (rates below are over this window)%n", "measured", r.seconds());
        out.printf("%-18s %,14d  %,12.0f/s  (asked for %,.0f/s)%n", "sent", m.sent(), r.sent(), m.targetRate());
        out.printf("%-18s %,14d  %,12.0f/s%n", "acked (committed)", m.acked(), r.acked());
        out.printf("%-18s %,14d  %,12.0f/s  (expected %,d)%n", "delivered", m.delivered(), r.delivered(), m.expectedDeliveries());
        if (m.rejected() > 0) {
            out.printf("%-18s %,14d%n", "rejected sends", m.rejected());
        }
        if (m.skipped() > 0) {
            out.printf("%-18s %,14d  (socket closed, or too many sends awaiting an ack)%n", "skipped sends", m.skipped());
        }
        if (!m.cpu().describe().isEmpty()) {
            out.printf("%-18s %s cores%n", "cpu (window)", m.cpu().describe());
        }
        printLatency(out, "delivery latency", m.deliveryLatency());
        printLatency(out, "ack latency", m.ackLatency());
    }

    private static void printLatency(PrintStream out, String name, Histogram h) {
        if (h.getTotalCount() == 0) {
            return;
        }
        out.printf("%-18s p50 %s  p90 %s  p99 %s  p99.9 %s  max %s ms  (%,d samples)%n", name,
                millis(h.getValueAtPercentile(50)), millis(h.getValueAtPercentile(90)), millis(h.getValueAtPercentile(99)),
                millis(h.getValueAtPercentile(99.9)), millis(h.getMaxValue()), h.getTotalCount());
    }

    private static String millis(long micros) {
        return String.format(micros < 10_000 ? "%.2f" : "%.1f", micros / 1000.0);
    }
}
