import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { treeRssKB } from './tree-rss.ts';

/** Summed resident memory of a build's processes, as npm run bench reports it. */

describe('treeRssKB', () => {
  it('counts the memory of a process and of the children it started', async () => {
    // A child that holds 200 MB and starts a grandchild holding 200 MB more.
    const hold = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => b, 60000);';
    const script = `${hold} require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(hold)}], { stdio: 'inherit' }); console.log('started');`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise((r) => child.stdout.once('data', r));
      let kb = 0;
      for (let i = 0; i < 50 && kb < 400 * 1024; i++) {
        await new Promise((r) => setTimeout(r, 100));
        kb = treeRssKB(child.pid!);
      }
      expect(kb).toBeGreaterThan(400 * 1024);
      expect(kb).toBeLessThan(1024 * 1024);
    } finally {
      for (const pid of descendants(child.pid!)) process.kill(pid, 'SIGKILL');
      child.kill('SIGKILL');
    }
  });

  it('is 0 for a process that does not exist', () => {
    expect(treeRssKB(2 ** 22 + 7)).toBe(0);
  });
});

function descendants(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(name), ...descendants(Number(name)));
    } catch {
      // ended meanwhile
    }
  }
  return out;
}
