/**
 * Runs Astro's build in a process of its own (spawned by scripts/build.ts), so its memory
 * is released before Pagefind indexes the pages, and the peak is the larger of the two
 * rather than their sum. Options come from the environment set by the parent.
 */
import { build } from 'astro';

await build({ root: process.cwd(), logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn' });
