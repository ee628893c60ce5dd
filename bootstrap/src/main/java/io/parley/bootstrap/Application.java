package io.parley.bootstrap;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import java.util.List;
import java.util.Map;

/** Starts Parley. A start-up that fails says why in one line that names the setting, and exits non-zero. */
public final class Application extends Micronaut {

    private Application() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        List<String> problems = EnvironmentCheck.problems(env);
        if (!problems.isEmpty()) {
            fail(problems.get(0));
        }
        new Application()
                .args(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(EnvironmentCheck.derivedProperties(env))
                .start();
    }

    /** Micronaut's own handler logs a stack trace several screens long; the root cause is what a person needs. */
    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        fail(rootMessage(exception));
    }

    private static void fail(String message) {
        System.err.println("parley: cannot start: " + message);
        System.exit(1);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(message);
    }
}
