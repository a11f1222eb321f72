/**
 * Runs Debian's nginx with the shipped docs/hosting/nginx.conf, so the test exercises the very
 * configuration hosts copy: only the listen address, the TLS lines and the folder change. The
 * server runs in the foreground with its own prefix, pid file, logs and temp folders in a
 * temporary directory, on a free loopback port.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './builds.ts';
import { freePort, runServer, type HostedServer } from './server-process.ts';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const SHIPPED_CONF = join(ROOT, 'docs/hosting/nginx.conf');
/** The folder the shipped config serves; the test points it at a build instead. */
const SHIPPED_FOLDER = '/var/www/catalogue/';

/** Why nginx cannot run here, or undefined when it can. */
export function nginxUnavailable(): string | undefined {
  if (!existsSync(NGINX)) return `nginx not found at ${NGINX} (apt-get install -y nginx, or set NGINX_PATH)`;
  const v = spawnSync(NGINX, ['-v'], { encoding: 'utf8' });
  if (v.status !== 0) return `${NGINX} -v failed: ${v.stderr || v.error?.message}`;
  return undefined;
}

/** The shipped server block, listening on the given port and serving `folder`. Throws if the file no longer has the parts replaced. */
export function testServerBlock(shipped: string, port: number, folder: string): string {
  const stripped = shipped.replace(/^\s*(listen|server_name|ssl_certificate|ssl_certificate_key)\s[^;]*;\s*$/gm, '');
  if (!stripped.includes(SHIPPED_FOLDER) || !/^server \{$/m.test(stripped)) {
    throw new Error(
      `docs/hosting/nginx.conf changed shape: expected a "server {" block serving ${SHIPPED_FOLDER}; update tests/helpers/nginx.ts`,
    );
  }
  return stripped
    .replaceAll(SHIPPED_FOLDER, folder.endsWith('/') ? folder : `${folder}/`)
    .replace(/^server \{$/m, `server {\n    listen 127.0.0.1:${port};`);
}

export async function startNginx(folder: string): Promise<HostedServer> {
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-nginx-'));
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${join(dir, t)};`).join('\n');
  const conf = `daemon off;
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
${temp}
${testServerBlock(readFileSync(SHIPPED_CONF, 'utf8'), port, folder)}
}
`;
  const confPath = join(dir, 'nginx.conf');
  writeFileSync(confPath, conf);
  const args = ['-p', dir, '-c', confPath, '-e', join(dir, 'error.log')];
  const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejected the configuration derived from docs/hosting/nginx.conf:\n${check.stderr}`);

  return runServer('nginx', NGINX, args, dir, port, 'SIGQUIT');
}

/** The response headers docs/hosting/nginx.conf adds, read from its add_header lines. */
export function shippedHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [, name, value] of readFileSync(SHIPPED_CONF, 'utf8').matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"/gm))
    headers[name!] = value!;
  return headers;
}
