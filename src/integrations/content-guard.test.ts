/**
 * The content guard's hold: under scripts/build.ts, Astro waits at the start of its build
 * until the build script says the content passed validation, and gives up otherwise.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { contentGuard, goAhead } from './content-guard.ts';

/** A stand-in for a child process's `process`, connected to its parent over IPC. */
function childProcess(connected = true) {
  const proc = new EventEmitter() as EventEmitter & {
    send?: (() => boolean) | undefined;
    connected: boolean;
    channel: { unref(): void } | undefined;
    unrefs: number;
  };
  proc.connected = connected;
  proc.unrefs = 0;
  proc.send = connected ? () => true : undefined;
  proc.channel = connected ? { unref: () => void proc.unrefs++ } : undefined;
  return proc;
}
const asProcess = (p: ReturnType<typeof childProcess>) => p as unknown as NodeJS.Process;

describe('goAhead', () => {
  it('waits for the build script to say the content is valid, then lets the process end freely', async () => {
    const proc = childProcess();
    let released = false;
    const waiting = goAhead(asProcess(proc)).then(() => (released = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(released).toBe(false);
    proc.emit('message', { somethingElse: true }); // not ours: keeps waiting
    await new Promise((r) => setTimeout(r, 20));
    expect(released).toBe(false);
    proc.emit('message', { catalogueValidation: 'passed' });
    await waiting;
    expect(released).toBe(true);
    expect(proc.unrefs).toBe(1);
  });

  it('gives up when told the validation failed', async () => {
    const proc = childProcess();
    const waiting = goAhead(asProcess(proc));
    proc.emit('message', { catalogueValidation: 'failed' });
    await expect(waiting).rejects.toThrow(/did not pass validation/);
  });

  it('gives up when the build script goes away first', async () => {
    const proc = childProcess();
    const waiting = goAhead(asProcess(proc));
    proc.emit('disconnect');
    await expect(waiting).rejects.toThrow(/stopped before the content was validated/);
  });

  it('refuses to wait when nobody can give the go-ahead', async () => {
    await expect(goAhead(asProcess(childProcess(false)))).rejects.toThrow(/npm run build/);
  });
});

describe('contentGuard', () => {
  it('holds the build at its start only while the build script validates', async () => {
    const proc = childProcess();
    const hook = contentGuard(asProcess(proc)).hooks['astro:build:start'] as () => Promise<void>;
    const before = process.env.CATALOGUE_CONTENT_VALIDATED;
    try {
      delete process.env.CATALOGUE_CONTENT_VALIDATED;
      await expect(hook()).resolves.toBeUndefined();
      process.env.CATALOGUE_CONTENT_VALIDATED = 'pending';
      let released = false;
      const held = hook().then(() => (released = true));
      await new Promise((r) => setTimeout(r, 20));
      expect(released).toBe(false);
      proc.emit('message', { catalogueValidation: 'passed' });
      await held;
      expect(released).toBe(true);
    } finally {
      if (before === undefined) delete process.env.CATALOGUE_CONTENT_VALIDATED;
      else process.env.CATALOGUE_CONTENT_VALIDATED = before;
    }
  });
});
