/**
 * npm run new -- network "Name of the network"   (or programme, practice)
 * Writes a skeleton in the right folder with a unique id, then tells what to do next.
 */
import { relative } from 'node:path';
import { createEntry, createTranslation, KIND_WORDS } from './lib/new-entry.ts';

const [kind, ...rest] = process.argv.slice(2);
const name = rest.join(' ');
if (!kind || !name) {
  console.error(
    `Usage: npm run new -- <${Object.keys(KIND_WORDS).join('|')}> "Full name"\n       npm run new -- translation <language> <id>\n` +
      'Examples: npm run new -- network "European Judicial Network"\n          npm run new -- translation fr european-judicial-network',
  );
  process.exit(2);
}
try {
  if (kind === 'translation') {
    const [locale = '', id = ''] = rest;
    const path = createTranslation(process.cwd(), locale, id);
    console.log(`✓ Created ${relative(process.cwd(), path)}.
Next: replace every English text in it with its translation (keep the keys), then run npm run validate.`);
  } else {
    const { path, id, translations } = createEntry(process.cwd(), kind, name);
    console.log(`✓ Created ${relative(process.cwd(), path)} (id: ${id}), and the translation skeleton${translations.length > 1 ? 's' : ''} ${translations.map((t) => relative(process.cwd(), t)).join(', ')}.
Next: fill in every field (each is explained in the file), write the body in your own words,
cite your sources, then run npm run validate. Translate the skeleton once the English is final,
or delete it: the page then shows the English text until someone translates it.`);
  }
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
