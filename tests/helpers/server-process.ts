/**
 * A web server binary (nginx, Apache) run in the foreground for the hosting tests, from a
 * temporary folder that holds its config, pid file and error.log: started, waited for until it
 * answers, and stopped and cleaned up afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A web server the hosting tests started, serving a build. */
export interface HostedServer {
  /** Origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Starts `command args` and resolves once http://127.0.0.1:`port` answers; `dir` (the server's
 * temporary folder, with its error.log) is removed when it stops. `stopSignal` is the server's
 * graceful-stop signal (SIGQUIT for nginx, SIGTERM for Apache).
 */
export async function runServer(
  name: string,
  command: string,
  args: string[],
  dir: string,
  port: number,
  stopSignal: NodeJS.Signals,
): Promise<HostedServer> {
  const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const log = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}): ${stderr}${log()}`);
    try {
      await fetch(origin);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${name} did not answer on ${origin}: ${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill(stopSignal);
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
