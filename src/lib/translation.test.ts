import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import {
  fingerprint,
  isCurrent,
  memberNoteKeys,
  translatableText,
  translationProblems,
  translationSkeleton,
  type EnglishSource,
} from './translation.ts';
import { translationSchema } from '../schemas/translation.ts';

const english: EnglishSource = {
  name: 'Camden Assets Recovery Inter-Agency Network',
  summary: 'An informal network of practitioners who trace, freeze and confiscate the proceeds of crime.',
  caveats: ['The source names 36 members.'],
  members: [
    { country: 'AT', role: 'member' },
    { country: 'MK', role: 'observer', note: "Listed as 'Former Yugoslav Republic of Macedonia'." },
    { country: 'GB', role: 'member', jurisdiction: 'Scotland', note: 'Listed as Scotland.' },
  ],
  unresolvedMembers: [],
  memberOrganisations: [{ organisation: 'europol', note: "Listed as 'Europol (Secretariat)'." }],
  membersDefinedBy: [],
  relations: [{ type: 'partner', target: 'eurojust', note: 'Both are named in section 2.' }],
  laterNames: [],
};
const body = 'CARIN is an **informal network**.\n';
const text = translatableText(english, body);

/** The skeleton, parsed as a translation, with its texts replaced as a translator would. */
function translated(edit: (data: Record<string, unknown>) => void = () => {}) {
  const skeleton = translationSkeleton(text, 'French');
  const data = load(skeleton.split('---')[1]!) as Record<string, unknown>;
  data['descriptiveName'] = 'Réseau inter-agences Camden de recouvrement des avoirs';
  delete data['name'];
  data['summary'] = 'Un réseau informel de praticiens qui dépistent, gèlent et confisquent les produits du crime.';
  data['caveats'] = ['La source nomme 36 membres.'];
  data['memberNotes'] = { MK: "Inscrite sous le nom 'Former Yugoslav Republic of Macedonia'.", 'GB/Scotland': 'Inscrite comme Écosse.' };
  data['organisationNotes'] = { europol: "Inscrit sous la forme 'Europol (Secretariat)'." };
  data['relationNotes'] = { 'partner eurojust': 'Tous deux sont cités à la section 2.' };
  edit(data);
  return translationSchema.parse(data);
}

describe('translations', () => {
  it('key member notes by country code, with the jurisdiction, and the role only when the key repeats', () => {
    expect(memberNoteKeys(english.members)).toEqual([undefined, 'MK', 'GB/Scotland']);
    expect(
      memberNoteKeys([
        { country: 'HR', role: 'member', note: 'a' },
        { country: 'HR', role: 'observer', note: 'b' },
      ]),
    ).toEqual(['HR member', 'HR observer']);
  });

  it('fingerprint the English text, and only its text', () => {
    expect(fingerprint(text)).toMatch(/^en-[0-9a-f]{10}$/);
    expect(fingerprint(translatableText({ ...english, members: [...english.members, { country: 'FR', role: 'member' }] }, body))).toBe(
      fingerprint(text),
    );
    expect(fingerprint(translatableText(english, `${body}More.\n`))).not.toBe(fingerprint(text));
    expect(fingerprint(translatableText({ ...english, caveats: ['The source names 37 members.'] }, body))).not.toBe(fingerprint(text));
  });

  it('write a skeleton that holds every text to translate and the fingerprint', () => {
    const skeleton = translationSkeleton(text, 'French');
    expect(skeleton).toContain(`translationOf: ${fingerprint(text)}`);
    expect(skeleton).toContain('"GB/Scotland": "Listed as Scotland."');
    expect(skeleton).toContain('"partner eurojust": "Both are named in section 2."');
    expect(skeleton.trim().endsWith(body.trim())).toBe(true);
    // Left as it is, everything is still English.
    const data = translationSchema.parse(load(skeleton.split('---')[1]!));
    expect(translationProblems(text, data, body, 'French').map((p) => `${p.severity} ${p.field}`)).toEqual([
      'warning descriptiveName',
      'warning summary',
      'warning caveats[0]',
      'warning memberNotes.MK',
      'warning memberNotes.GB/Scotland',
      'warning organisationNotes.europol',
      'warning relationNotes.partner eurojust',
      'warning body',
    ]);
  });

  it('accept a complete, current translation', () => {
    expect(translationProblems(text, translated(), 'CARIN est un **réseau informel**.', 'French')).toEqual([]);
    expect(isCurrent(text, translated())).toBe(true);
  });

  it('find notes missing or left over, lists of another length, and no name', () => {
    const t = translated((d) => {
      d['memberNotes'] = { MK: 'x y', HR: 'a b' };
      d['caveats'] = [];
      delete d['descriptiveName'];
    });
    expect(translationProblems(text, t, 'Texte.', 'French').map((p) => `${p.severity} ${p.field}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "error name: Give the French name: “name” if the body has an official one and you are sure of it, otherwise “descriptiveName” (shown as unofficial).",
        "error caveats: The English has 1 item(s) here and the translation 0. Translate each, in the same order.",
        "error memberNotes.GB/Scotland: Translate the English note for “GB/Scotland”.",
        "error memberNotes.HR: The English entry has no note for “HR”. Remove it, or check the key (npm run new -- translation prints the skeleton).",
      ]
    `);
  });

  it('refuse an official name and an unofficial rendering together', () => {
    const t = translated((d) => {
      d['name'] = 'Réseau Camden';
    });
    expect(translationProblems(text, t, 'CARIN est un **réseau informel**.', 'French').map((p) => `${p.severity} ${p.field}`)).toEqual([
      'error descriptiveName',
    ]);
  });

  it('say when the English changed since, with the new fingerprint', () => {
    const changed = translatableText({ ...english, summary: `${english.summary} It also trains.` }, body);
    const problems = translationProblems(changed, translated(), 'CARIN est un **réseau informel**.', 'French');
    expect(problems).toEqual([
      { field: 'translationOf', severity: 'warning', message: expect.stringContaining(`set translationOf: ${fingerprint(changed)}`) },
    ]);
    expect(isCurrent(changed, translated())).toBe(false);
  });
});
