package io.parley.bench.scenario;

import io.parley.bench.report.Report;
import java.util.List;

/** One kind of load: it sets up what it needs through the public API, runs, and reports. */
public interface Scenario {

    /** One report per run (see {@code --runs}). */
    List<Report> run(RunContext context) throws Exception;

    static Scenario named(String name) {
        return switch (name) {
            case "fanout" -> new FanoutScenario();
            case "dm" -> new DirectMessageScenario();
            case "connections" -> new ConnectionsScenario();
            case "write" -> new WriteScenario();
            default -> throw new IllegalArgumentException("Unknown scenario '" + name + "': fanout, dm, connections or write");
        };
    }
}
