import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of PostgreSQL that a test can cut (every open connection
 * destroyed, the port closed) and restore, like a network outage between the app and the database.
 */
export class TcpProxy {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      const pair = [client, upstream];
      for (const s of pair) {
        this.sockets.add(s);
        s.on('error', () => s.destroy());
        // One side gone (closed, or reset: PostgreSQL resets a terminated backend's socket when
        // unread data is left) takes the other with it, as a direct connection would.
        s.on('close', () => {
          this.sockets.delete(s);
          for (const other of pair) other.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => this.server!.listen(this.port, '127.0.0.1', () => r()));
  }

  async down(): Promise<void> {
    const closed = new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    for (const s of this.sockets) s.destroy();
    await closed;
    this.server = null;
  }

  /** `url` (a postgres:// URL) with its host and port replaced by this proxy's. */
  via(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }
}
