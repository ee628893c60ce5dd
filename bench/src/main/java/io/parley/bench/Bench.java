package io.parley.bench;

import io.parley.bench.report.LatencyChart;
import io.parley.bench.report.MessageStats;
import io.parley.bench.report.Progress;
import io.parley.bench.report.Report;
import io.parley.bench.report.RunsSummary;
import io.parley.bench.scenario.BenchOptions;
import io.parley.bench.scenario.RunContext;
import io.parley.bench.scenario.Scenario;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The command line: {@code java -jar parley-bench.jar <scenario> [options]}. Progress goes to
 * stderr, the summary to stdout. Exits 0 when the runs had no errors, 1 when they had some, 2
 * when the benchmark could not run.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            List<Report> reports = run(options, new Progress(System.err, options.progress()));
            reports.forEach(report -> report.print(System.out));
            RunsSummary.print(reports, System.out);
            if (options.chart() != null) {
                writeChart(options.chart(), reports, System.out);
            }
            System.exit(reports.stream().allMatch(r -> r.errors() == 0) ? 0 : 1);
        } catch (Exception e) {
            System.err.println("parley-bench: " + options.scenario() + " could not run: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Runs one scenario against the server at {@code options.url()}: the Java entry point. One report per run. */
    static List<Report> run(BenchOptions options, Progress progress) throws Exception {
        Scenario scenario = Scenario.named(options.scenario());
        try (RunContext context = RunContext.open(options, progress)) {
            return scenario.run(context);
        }
    }

    /**
     * Writes the latency distributions: delivery and ack of a single run, or the scenario's main
     * latency of each of several runs. The connections scenario has none and gets a note instead.
     */
    static void writeChart(Path file, List<Report> reports, PrintStream out) throws IOException {
        Report first = reports.get(0);
        if (first.messages() == null) {
            out.println("note: " + first.scenario() + " measures no latency, so no chart was written");
            return;
        }
        Map<String, Histogram> series = new LinkedHashMap<>();
        if (reports.size() == 1) {
            series.put("send → delivered", first.messages().deliveryLatency());
            series.put("send → ack", first.messages().ackLatency());
        } else {
            boolean acks = first.scenario().equals("write");
            for (int i = 0; i < reports.size(); i++) {
                MessageStats m = reports.get(i).messages();
                series.put("run " + (i + 1) + (acks ? ": send → ack" : ": send → delivered"), acks ? m.ackLatency() : m.deliveryLatency());
            }
        }
        String subtitle = reports.size() == 1 ? first.setup() : first.setup().replaceAll(" \\(run 1 of \\d+\\)$", "") + ", " + reports.size() + " runs";
        LatencyChart.write(file, "Parley " + first.scenario() + ": latency distribution", subtitle, series);
        out.println("chart: " + file.toAbsolutePath());
    }
}
