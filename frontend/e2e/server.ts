import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * Runs the real Parley server (the fat jar) for the browser tests: a free port, a fresh data
 * directory, and a log file under test-results. It can be stopped (SIGTERM, wait for exit) and
 * started again on the same port and data directory; the JWT secret lives in the data dir, so
 * tokens stay valid across a restart.
 */
export class ParleyServer {
  readonly port: number;
  readonly dataDir: string;
  readonly logFile: string;
  private proc: ChildProcess | null = null;
  private readonly jar: string;

  private constructor(
    port: number,
    dataDir: string,
    logFile: string,
    /** Added to the server's environment at every start, e.g. higher rate limits for tests that send in bulk. */
    private readonly env: Record<string, string>,
  ) {
    this.port = port;
    this.dataDir = dataDir;
    this.logFile = logFile;
    this.jar = path.resolve(process.env.PARLEY_JAR || path.join(__dirname, "..", "..", "bootstrap", "target", "parley.jar"));
  }

  get baseURL(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return !!this.proc && this.proc.exitCode === null && this.proc.signalCode === null;
  }

  static async create(env: Record<string, string> = {}): Promise<ParleyServer> {
    const root = path.join(__dirname, "..", "test-results");
    fs.mkdirSync(root, { recursive: true });
    const stamp = `${Date.now()}-${process.pid}`;
    const dataDir = path.join(root, `server-data-${stamp}`);
    fs.mkdirSync(dataDir, { recursive: true });
    return new ParleyServer(await freePort(), dataDir, path.join(root, `server-${stamp}.log`), env);
  }

  async start(timeoutMs = 120_000): Promise<void> {
    if (this.running) return;
    if (!fs.existsSync(this.jar)) throw new Error(`Parley jar not found at ${this.jar} (set PARLEY_JAR)`);
    const args: string[] = [];
    if (process.env.PARLEY_WEB_DIR) {
      args.push(`-Dparley.web-client.root=file:${path.resolve(process.env.PARLEY_WEB_DIR)}`);
    }
    args.push("-jar", this.jar);
    const log = fs.openSync(this.logFile, "a");
    fs.writeSync(log, `\n===== start ${new Date().toISOString()} java ${args.join(" ")}\n`);
    const proc = spawn(process.env.JAVA || "java", args, {
      cwd: this.dataDir,
      env: { ...process.env, PORT: String(this.port), DATA_DIR: this.dataDir, AUTH_RATE_LIMIT: "100000", ...this.env },
      stdio: ["ignore", log, log],
    });
    fs.closeSync(log);
    this.proc = proc;
    killOnExit.add(proc);
    proc.on("exit", () => killOnExit.delete(proc));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`Parley exited during start-up (code ${proc.exitCode}); see ${this.logFile}\n${this.logTail()}`);
      try {
        const res = await fetch(`${this.baseURL}/api/health`, { signal: AbortSignal.timeout(2_000) });
        if (res.status === 200) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    await this.stop();
    throw new Error(`Parley did not become healthy within ${timeoutMs} ms; see ${this.logFile}\n${this.logTail()}`);
  }

  /** SIGTERM and wait for the process to exit (SIGKILL after a grace period). */
  async stop(graceMs = 30_000): Promise<void> {
    const proc = this.proc;
    if (!proc || !this.running) {
      this.proc = null;
      return;
    }
    const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
    proc.kill("SIGTERM");
    const timer = setTimeout(() => proc.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
    this.proc = null;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  logTail(lines = 80): string {
    try {
      return fs.readFileSync(this.logFile, "utf8").split("\n").slice(-lines).join("\n");
    } catch {
      return "(no server log)";
    }
  }

  removeData(): void {
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

const killOnExit = new Set<ChildProcess>();
process.on("exit", () => {
  for (const p of killOnExit) {
    try {
      p.kill("SIGKILL");
    } catch {
      /* gone */
    }
  }
});
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.once(sig, () => {
    for (const p of killOnExit) p.kill("SIGKILL");
    process.exit(130);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
