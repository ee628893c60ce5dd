package io.parley.bench.report;

import java.io.PrintStream;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.Histogram;

/** One line per run and the median of each column: the figure to quote from a noisy machine. */
public final class RunsSummary {

    private RunsSummary() {
    }

    public static void print(List<Report> reports, PrintStream out) {
        if (reports.size() < 2 || reports.get(0).messages() == null) {
            return;
        }
        out.println();
        out.printf("== %s: %d runs; rates /s, latencies ms ==%n", reports.get(0).scenario(), reports.size());
        String format = "%-7s %9s %9s %12s | %8s %8s %8s %8s | %8s %8s | %6s | %6s %6s %6s%n";
        out.printf(format, "run", "sent", "acked", "delivered", "dlv p50", "dlv p90", "dlv p99", "dlv max", "ack p50", "ack p99", "errors",
                "server", "bench", "stolen");
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            out.printf(format, i + 1, rate(r.messages().rates().sent()), rate(r.messages().rates().acked()),
                    rate(r.messages().rates().delivered()),
                    ms(r.messages().deliveryLatency(), 50), ms(r.messages().deliveryLatency(), 90), ms(r.messages().deliveryLatency(), 99),
                    ms(r.messages().deliveryLatency(), 100), ms(r.messages().ackLatency(), 50), ms(r.messages().ackLatency(), 99),
                    String.format("%,d", r.errors()), cores(r.messages().cpu().serverCores()), cores(r.messages().cpu().benchCores()),
                    cores(r.messages().cpu().stolenCores()));
        }
        out.printf(format, "median", rate(median(reports, r -> r.messages().rates().sent())),
                rate(median(reports, r -> r.messages().rates().acked())), rate(median(reports, r -> r.messages().rates().delivered())),
                ms(median(reports, r -> percentile(r.messages().deliveryLatency(), 50))),
                ms(median(reports, r -> percentile(r.messages().deliveryLatency(), 90))),
                ms(median(reports, r -> percentile(r.messages().deliveryLatency(), 99))),
                ms(median(reports, r -> percentile(r.messages().deliveryLatency(), 100))),
                ms(median(reports, r -> percentile(r.messages().ackLatency(), 50))),
                ms(median(reports, r -> percentile(r.messages().ackLatency(), 99))),
                String.format("%,.0f", median(reports, r -> r.errors())), "", "", "");
        out.println("server, bench, stolen: cores busy in the window (stolen: taken by the hypervisor from this virtual machine)");
    }

    private static String cores(OptionalDouble cores) {
        return cores.isPresent() ? String.format("%.2f", cores.getAsDouble()) : "-";
    }

    static double median(List<Report> reports, ToDoubleFunction<Report> value) {
        double[] values = reports.stream().mapToDouble(value).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** Microseconds at a percentile; 100 is the maximum. */
    private static double percentile(Histogram h, double percentile) {
        if (h.getTotalCount() == 0) {
            return Double.NaN;
        }
        return percentile >= 100 ? h.getMaxValue() : h.getValueAtPercentile(percentile);
    }

    private static String ms(Histogram h, double percentile) {
        return ms(percentile(h, percentile));
    }

    private static String ms(double micros) {
        return Double.isNaN(micros) ? "-" : String.format(micros < 10_000 ? "%.2f" : "%.1f", micros / 1000);
    }

    private static String rate(double perSecond) {
        return String.format("%,.0f", perSecond);
    }
}
