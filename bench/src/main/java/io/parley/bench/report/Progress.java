package io.parley.bench.report;

import java.io.PrintStream;

/** Where running commentary goes: stderr, so that stdout carries only the summary. */
public final class Progress {

    private final PrintStream out;
    private final boolean enabled;

    public Progress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** A progress line; dropped under {@code --quiet}. */
    public void line(String text) {
        if (enabled) {
            out.println(text);
        }
    }

    /** Something the person running the benchmark must see, such as how to fix a refusal. */
    public void warn(String text) {
        out.println("WARNING: " + text);
    }
}
