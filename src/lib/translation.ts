/**
 * How a translation file relates to its English entry: the English text a translation must
 * render (each note keyed to the fact it belongs to), its fingerprint (to tell when the English
 * has changed since a translation was made), the structural checks, and the skeleton
 * `npm run new -- translation` writes. Decision 0008.
 */
import { createHash } from 'node:crypto';
import type { TranslationData } from '../schemas/translation.ts';
import type { FileProblem } from './problem.ts';

/** The parts of an English entry a translation renders (the entry's data, as parsed). */
export interface EnglishSource {
  name: string;
  summary: string;
  caveats: string[];
  members: Array<{ country: string; role: string; jurisdiction?: string | undefined; note?: string | undefined }>;
  unresolvedMembers: Array<{ name: string; note: string }>;
  memberOrganisations: Array<{ organisation: string; note?: string | undefined }>;
  membersDefinedBy: Array<{ organisation: string; note?: string | undefined }>;
  relations: Array<{ type: string; target: string; note?: string | undefined }>;
  laterNames: Array<{ name: string; note?: string | undefined }>;
  beneficiaries?: string[];
  pillars?: Array<{ title: string; components: string[] }>;
  activities?: Array<{ title: string }>;
}

/** Everything of an entry that is text to translate, keyed as a translation file keys it. */
export interface TranslatableText {
  name: string;
  summary: string;
  caveats: string[];
  memberNotes: Record<string, string>;
  unresolvedNotes: Record<string, string>;
  organisationNotes: Record<string, string>;
  membersDefinedByNotes: Record<string, string>;
  relationNotes: Record<string, string>;
  laterNameNotes: Record<string, string>;
  beneficiaries: string[];
  pillars: Array<{ title: string; components: string[] }>;
  activities: string[];
  body: string;
}

/** The key of a member's note: its country code, "/jurisdiction" where given, and its role when the pair repeats. */
export function memberNoteKeys(members: EnglishSource['members']): Array<string | undefined> {
  const base = members.map((m) => `${m.country}${m.jurisdiction ? `/${m.jurisdiction}` : ''}`);
  return members.map((m, i) => {
    if (!m.note) return undefined;
    const repeated = members.some((o, j) => j !== i && o.note && base[j] === base[i]);
    return repeated ? `${base[i]} ${m.role}` : base[i];
  });
}

const notes = <T extends { note?: string | undefined }>(items: T[], key: (item: T) => string) =>
  Object.fromEntries(items.filter((i) => i.note).map((i) => [key(i), i.note!]));

export function translatableText(data: EnglishSource, body: string): TranslatableText {
  const memberKeys = memberNoteKeys(data.members);
  return {
    name: data.name,
    summary: data.summary,
    caveats: data.caveats,
    memberNotes: Object.fromEntries(data.members.flatMap((m, i) => (m.note ? [[memberKeys[i]!, m.note]] : []))),
    unresolvedNotes: Object.fromEntries(data.unresolvedMembers.map((m) => [m.name, m.note])),
    organisationNotes: notes(data.memberOrganisations, (m) => m.organisation),
    membersDefinedByNotes: notes(data.membersDefinedBy, (m) => m.organisation),
    relationNotes: notes(data.relations, (r) => `${r.type} ${r.target}`),
    laterNameNotes: notes(data.laterNames, (n) => n.name),
    beneficiaries: data.beneficiaries ?? [],
    pillars: data.pillars ?? [],
    activities: (data.activities ?? []).map((a) => a.title),
    body: body.trim(),
  };
}

/** A short, stable fingerprint of the English text ("en-" and 10 hex digits). */
export function fingerprint(text: TranslatableText): string {
  return `en-${createHash('sha256').update(JSON.stringify(text)).digest('hex').slice(0, 10)}`;
}

/**
 * What is wrong with a translation against its English entry: missing or extra notes, lists of
 * another length (errors), text still in English (warnings), and an English text that changed
 * since the translation was made (a warning that gives the new fingerprint).
 */
export function translationProblems(
  english: TranslatableText,
  translation: TranslationData,
  body: string,
  language: string,
): FileProblem[] {
  const problems: FileProblem[] = [];
  const error = (field: string, message: string) => problems.push({ field, message, severity: 'error' });
  const warn = (field: string, message: string) => problems.push({ field, message, severity: 'warning' });
  if (!translation.name && !translation.descriptiveName) {
    error(
      'name',
      `Give the ${language} name: “name” if the body has an official one and you are sure of it, otherwise “descriptiveName” (shown as unofficial).`,
    );
  }
  if (translation.name && translation.descriptiveName) {
    error(
      'descriptiveName',
      `Keep one of the two: “name” is the official ${language} name, “descriptiveName” an unofficial rendering for a body without one. Remove descriptiveName.`,
    );
  }
  const sameLength = (field: string, translated: unknown[], original: unknown[]) => {
    if (translated.length !== original.length)
      error(
        field,
        `The English has ${original.length} item(s) here and the translation ${translated.length}. Translate each, in the same order.`,
      );
  };
  sameLength('caveats', translation.caveats, english.caveats);
  sameLength('beneficiaries', translation.beneficiaries, english.beneficiaries);
  sameLength('activities', translation.activities, english.activities);
  sameLength('pillars', translation.pillars, english.pillars);
  translation.pillars.forEach((p, i) => {
    if (english.pillars[i]) sameLength(`pillars[${i}].components`, p.components, english.pillars[i]!.components);
  });
  for (const field of [
    'memberNotes',
    'unresolvedNotes',
    'organisationNotes',
    'membersDefinedByNotes',
    'relationNotes',
    'laterNameNotes',
  ] as const) {
    const translated = translation[field];
    for (const key of Object.keys(english[field]))
      if (!(key in translated)) error(`${field}.${key}`, `Translate the English note for “${key}”.`);
    for (const key of Object.keys(translated))
      if (!(key in english[field]))
        error(
          `${field}.${key}`,
          `The English entry has no note for “${key}”. Remove it, or check the key (npm run new -- translation prints the skeleton).`,
        );
  }
  // Text left as the skeleton gave it, in English.
  const untranslated = (field: string, translated: string | undefined, original: string | undefined) => {
    if (translated !== undefined && original !== undefined && translated.trim() === original.trim() && /\s/.test(original.trim())) {
      warn(field, `Still the English text. Translate it into ${language}.`);
    }
  };
  untranslated('descriptiveName', translation.descriptiveName, english.name);
  untranslated('summary', translation.summary, english.summary);
  translation.caveats.forEach((c, i) => untranslated(`caveats[${i}]`, c, english.caveats[i]));
  for (const field of [
    'memberNotes',
    'unresolvedNotes',
    'organisationNotes',
    'membersDefinedByNotes',
    'relationNotes',
    'laterNameNotes',
  ] as const) {
    for (const [key, value] of Object.entries(translation[field])) untranslated(`${field}.${key}`, value, english[field][key]);
  }
  translation.beneficiaries.forEach((b, i) => untranslated(`beneficiaries[${i}]`, b, english.beneficiaries[i]));
  translation.activities.forEach((a, i) => untranslated(`activities[${i}]`, a, english.activities[i]));
  translation.pillars.forEach((p, i) => {
    untranslated(`pillars[${i}].title`, p.title, english.pillars[i]?.title);
    p.components.forEach((c, j) => untranslated(`pillars[${i}].components[${j}]`, c, english.pillars[i]?.components[j]));
  });
  untranslated('body', body.trim(), english.body);
  const current = fingerprint(english);
  if (translation.translationOf !== current) {
    warn(
      'translationOf',
      `The English entry has changed since this translation was made (translationOf: ${translation.translationOf}; the English is now ${current}). Bring the translation up to date, then set translationOf: ${current}. Until then the ${language} page shows the English text.`,
    );
  }
  return problems;
}

/** True when the translation was made from the English text as it is now. */
export const isCurrent = (english: TranslatableText, translation: Pick<TranslationData, 'translationOf'>) =>
  translation.translationOf === fingerprint(english);

const yamlString = (s: string) => JSON.stringify(s);

/** The translation file `npm run new -- translation` writes: every text to translate, in English, in its place. */
export function translationSkeleton(english: TranslatableText, language: string): string {
  const lines = [
    '---',
    `# ${language} translation of this entry. Replace every English text below with its translation;`,
    '# keep the keys. The facts (members, roles, dates, relations, sources) stay in the English file.',
    '# translationOf records which English text you translated: leave it as written.',
    `translationOf: ${fingerprint(english)}`,
    `# The name, one of the two: “name” only if the body has an official ${language} name and you are`,
    `# sure of it (then delete descriptiveName); otherwise “descriptiveName”, a rendering shown as unofficial.`,
    `# English name: ${english.name}`,
    `# name: ${yamlString(english.name)}`,
    `descriptiveName: ${yamlString(english.name)}`,
    `summary: ${yamlString(english.summary)}`,
  ];
  const list = (key: string, items: string[]) => {
    if (items.length) lines.push(`${key}:`, ...items.map((i) => `  - ${yamlString(i)}`));
  };
  const map = (key: string, items: Record<string, string>) => {
    const entries = Object.entries(items);
    if (entries.length) lines.push(`${key}:`, ...entries.map(([k, v]) => `  ${yamlString(k)}: ${yamlString(v)}`));
  };
  list('caveats', english.caveats);
  map('memberNotes', english.memberNotes);
  map('unresolvedNotes', english.unresolvedNotes);
  map('organisationNotes', english.organisationNotes);
  map('membersDefinedByNotes', english.membersDefinedByNotes);
  map('relationNotes', english.relationNotes);
  map('laterNameNotes', english.laterNameNotes);
  list('beneficiaries', english.beneficiaries);
  if (english.pillars.length) {
    lines.push('pillars:');
    for (const p of english.pillars) {
      lines.push(`  - title: ${yamlString(p.title)}`);
      if (p.components.length) lines.push('    components:', ...p.components.map((c) => `      - ${yamlString(c)}`));
    }
  }
  list('activities', english.activities);
  lines.push('---', '', english.body, '');
  return lines.join('\n');
}
