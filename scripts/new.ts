/**
 * npm run new -- network "Name of the network"   (or programme, practice)
 * Writes a skeleton in the right folder with a unique id, then tells what to do next.
 */
import { relative } from 'node:path';
import { createEntry, KIND_WORDS } from './lib/new-entry.ts';

const [kind, ...nameParts] = process.argv.slice(2);
const name = nameParts.join(' ');
if (!kind || !name) {
  console.error(`Usage: npm run new -- <${Object.keys(KIND_WORDS).join('|')}> "Full name"\nExample: npm run new -- network "European Judicial Network"`);
  process.exit(2);
}
try {
  const { path, id } = createEntry(process.cwd(), kind, name);
  console.log(`✓ Created ${relative(process.cwd(), path)} (id: ${id}).
Next: fill in every field (each is explained in the file), write the body in your own words,
cite your sources, then run npm run validate.`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
