import net from "node:net";

/**
 * A TCP proxy between the browser and the server that a test can break like a real network:
 * `cut()` destroys every open connection and refuses new ones; `freeze()` is a network that went
 * silent (Wi-Fi gone: no close, no reset, nothing passes, new connections hang);
 * `blockWebSockets()` lets plain HTTP through but drops the connections that ask for `/ws`;
 * `restore()` lets everything through again.
 */
export class TcpProxy {
  private readonly sockets = new Set<net.Socket>();
  private mode: "open" | "cut" | "frozen" | "no-websockets" = "open";
  private readonly frozen = new Set<net.Socket>();
  private readonly server: net.Server;
  port = 0;

  private constructor(private readonly targetPort: number) {
    this.server = net.createServer((client) => this.accept(client));
  }

  static async start(targetPort: number): Promise<TcpProxy> {
    const proxy = new TcpProxy(targetPort);
    await new Promise<void>((resolve) => proxy.server.listen(0, "127.0.0.1", resolve));
    proxy.port = (proxy.server.address() as net.AddressInfo).port;
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Drops every connection at once (no close handshake) and refuses new ones. */
  cut(): void {
    this.mode = "cut";
    for (const s of this.sockets) s.destroy();
  }

  /** Nothing passes any more, and nobody is told. */
  freeze(): void {
    this.mode = "frozen";
    for (const s of this.sockets) {
      s.unpipe();
      s.pause();
      this.frozen.add(s);
    }
  }

  /** HTTP passes; WebSocket upgrades are dropped, and the open WebSockets with every other connection. */
  blockWebSockets(): void {
    this.cut();
    this.mode = "no-websockets";
  }

  restore(): void {
    // what froze stays dead, as after a real outage: the client must notice and reconnect
    for (const s of this.frozen) s.destroy();
    this.frozen.clear();
    this.mode = "open";
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket) {
    this.track(client);
    if (this.mode === "cut") {
      client.destroy();
      return;
    }
    if (this.mode === "frozen") {
      client.pause();
      this.frozen.add(client);
      return;
    }
    const mode = this.mode;
    client.once("data", (first) => {
      if (mode === "no-websockets" && /^GET \/ws[?\s]/.test(first.toString("latin1", 0, 16))) {
        client.destroy();
        return;
      }
      const upstream = net.connect(this.targetPort, "127.0.0.1");
      this.track(upstream);
      upstream.on("close", () => client.destroy());
      client.on("close", () => upstream.destroy());
      upstream.write(first);
      client.pipe(upstream);
      upstream.pipe(client);
    });
  }

  private track(s: net.Socket) {
    this.sockets.add(s);
    s.on("close", () => this.sockets.delete(s));
    s.on("error", () => s.destroy());
  }
}
