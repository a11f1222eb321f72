/**
 * Runs Debian's Apache with the shipped docs/hosting/.htaccess, so the test exercises the very
 * file hosts copy: a copy of the build is served under its base path through an Alias, with
 * the .htaccess placed in it and AllowOverride as docs/hosting/.htaccess asks. Apache runs in
 * the foreground with its own config, pid file and logs in a temporary folder, on a free
 * loopback port, loading only the modules the .htaccess names.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './builds.ts';
import { freePort, runServer, type HostedServer } from './server-process.ts';

export const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const MODULES = process.env.APACHE_MODULES ?? '/usr/lib/apache2/modules';
export const SHIPPED_HTACCESS = join(ROOT, 'docs/hosting/.htaccess');

/** Why Apache cannot run here, or undefined when it can. */
export function apacheUnavailable(): string | undefined {
  if (!existsSync(APACHE)) return `Apache not found at ${APACHE} (apt-get install -y apache2, or set APACHE_PATH)`;
  if (!existsSync(join(MODULES, 'mod_headers.so'))) return `Apache modules not found in ${MODULES} (set APACHE_MODULES)`;
  return undefined;
}

/** Serves a copy of `build` at `basePath` (e.g. /cdpc/catalogue/) with the shipped .htaccess. */
export async function startApache(build: string, basePath: string): Promise<HostedServer> {
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-apache-'));
  chmodSync(dir, 0o755); // Apache's workers run as nobody and must read the copy
  const site = join(dir, 'site');
  cpSync(build, site, { recursive: true });
  copyFileSync(SHIPPED_HTACCESS, join(site, '.htaccess'));
  const port = await freePort();
  const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'alias', 'headers', 'expires', 'filter', 'deflate']
    .map((m) => `LoadModule ${m}_module ${join(MODULES, `mod_${m}.so`)}`)
    .join('\n');
  const root = process.getuid?.() === 0;
  const conf = `${modules}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${join(dir, 'httpd.pid')}
ErrorLog ${join(dir, 'error.log')}
LogLevel warn
Mutex file:${dir} default
${root ? 'User nobody\nGroup nogroup' : ''}
TypesConfig /etc/mime.types
DocumentRoot ${dir}
<Directory />
    AllowOverride None
    Require all denied
</Directory>
Alias ${basePath.replace(/\/$/, '')} ${site}
<Directory ${site}>
    AllowOverride FileInfo Indexes Options
    Require all granted
</Directory>
`;
  const confPath = join(dir, 'httpd.conf');
  writeFileSync(confPath, conf);
  const check = spawnSync(APACHE, ['-f', confPath, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`Apache rejected the test configuration:\n${check.stderr}`);

  return runServer('Apache', APACHE, ['-f', confPath, '-DFOREGROUND'], dir, port, 'SIGTERM');
}
