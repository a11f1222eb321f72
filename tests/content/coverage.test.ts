/**
 * Content test. Everything the five source documents describe is in the catalogue (issue: "the whole
 * catalogue"). Each line names an entry by id, kind and a pattern its name, acronym or an
 * alternative name must match, so a
 * missing, renamed or misfiled entry fails here. The content must also be free of errors
 * and warnings, and every member must resolve to a country.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent } from '../../scripts/lib/validate-content.ts';

const root = join(import.meta.dirname, '..', '..');
// "Today" is the catalogue's own latest review, so the test gives the same answer on any day:
// an entry is stale when it was reviewed long before the others, not before the day it runs.
const first = validateContent(root, { contentDir: 'src/content', today: '2000-01-01' });
const today = first.entries
  .map((e) => e.data.lastReviewed)
  .sort()
  .at(-1)!;
const result = validateContent(root, { contentDir: 'src/content', today });
const byId = new Map(result.entries.map((e) => [e.id, e]));

const EXPECTED: Array<[kind: string, id: string, name: RegExp]> = [
  // CDPC (2017) 1, section 4.1: European networks
  ['networks', 'bureau-for-euroregional-cooperation', /Euregional|Euroregional/i],
  ['networks', 'carin', /Camden Asset/i],
  ['networks', 'pc-oc', /Operation of European Conventions/i],
  ['networks', 'cybercrime-24-7-network', /24\/7/],
  ['networks', 'cybercrime-convention-committee', /Cybercrime Convention Committee|T-CY/i],
  ['networks', 'eurojust', /Eurojust/],
  ['networks', 'euromed-justice', /EuroMed Justice/i],
  ['networks', 'encj', /Councils for the Judiciary/i],
  ['networks', 'european-judicial-network', /European Judicial Network/],
  ['networks', 'ejtn', /Judicial Training/i],
  ['networks', 'genocide-network', /Genocide/i],
  ['networks', 'jit-network', /Joint Investigation Teams/i],
  ['networks', 'oecd-acn', /Anti-Corruption Network for Eastern Europe and Central Asia/i],
  ['networks', 'seepag', /South.?East(ern)? European Prosecutors Advisory Group/i],
  ['networks', 'western-balkans-prosecutors-network', /Western Balkans? Prosecutors/i],
  // section 4.2: non-European networks
  ['networks', 'african-judicial-network', /African Judicial Network/i],
  ['networks', 'asian-judges-network-on-environment', /Asian Judges Network on Environment/i],
  ['networks', 'commonwealth-network-of-contact-persons', /Commonwealth Network of Contact Persons/i],
  ['networks', 'ecowas-cybercrime-network', /ECOWAS|West African States.*Cybercrime/i],
  ['networks', 'g7-roma-lyon-criminal-legal-affairs-subgroup', /Criminal Legal Affairs/i],
  ['networks', 'g8-roma-lyon-high-tech-crime-subgroup', /High.?Tech Crime/i],
  ['networks', 'g20-anti-corruption-working-group', /G20 Anti-Corruption Working Group/i],
  ['networks', 'great-lakes-judicial-cooperation-network', /Great Lakes/i],
  ['networks', 'oas-hemispheric-network', /Hemispheric Information Exchange Network/i],
  ['networks', 'iberred', /Ibero-American/i],
  ['networks', 'international-association-of-prosecutors', /International Association of Prosecutors/i],
  ['networks', 'gpen', /Global Prosecutors E-Crime Network/i],
  ['networks', 'tipp', /Trafficking|TIPP/i],
  ['networks', 'ctpn', /Counter.?Terrorism/i],
  ['networks', 'nacp', /Anti-Corruption Prosecutors/i],
  ['networks', 'imolin', /International Money Laundering Information Network/i],
  ['networks', 'judicial-platform-indian-ocean', /Indian Ocean/i],
  ['networks', 'judicial-platform-sahel', /Sahel/i],
  ['networks', 'unodc-network-asia-pacific', /Asia and the Pacific/i],
  ['networks', 'portuguese-speaking-judicial-network', /Portuguese/i],
  ['networks', 'central-asian-prosecutors-network', /Source, Transit and Destination/i],
  ['networks', 'untoc-working-group-international-cooperation', /Working Group on International Cooperation/i],
  ['networks', 'wacap', /West African Network of Central Authorities and Prosecutors/i],
  // UNODC Toolkit, Tool 4.10
  ['practices', 'interpol', /INTERPOL|International Criminal Police Organization/i],
  ['practices', 'europol', /Europol|European Police Office/i],
  ['practices', 'asean-chiefs-of-police', /ASEAN Chiefs of Police/i],
  ['practices', 'seci-regional-center', /SECI|Southeast European Cooperative Initiative/i],
  ['practices', 'jclec', /Jakarta Centre for Law Enforcement Cooperation/i],
  ['practices', 'sarpcco', /Southern African Regional Police Chiefs/i],
  ['practices', 'eapcco', /Eastern Africa Police Chiefs/i],
  ['practices', 'afp-law-enforcement-cooperation-program', /Australian Federal Police.*Law Enforcement Cooperation/i],
  ['practices', 'pacific-islands-forum-political-security-programme', /Pacific Islands? Forum/i],
  ['practices', 'pacific-islands-chiefs-of-police', /Pacific Islands Chiefs of Police/i],
  ['practices', 'aalco', /Asian-African Legal Consultative Organi[sz]ation/i],
  ['practices', 'baltic-sea-task-force', /Baltic Sea/i],
  ['practices', 'g8-lyon-group', /Lyon Group/i],
  ['practices', 'bsec-working-group-on-crime', /Black Sea Economic Cooperation/i],
  // EuroMed Justice papers
  ['practices', 'national-coordination-framework', /National coordination framework/i],
  ['practices', 'eurojust-national-coordination-system', /Eurojust National Coordination System/i],
  ['practices', 'financial-intelligence-units', /Financial Intelligence Units/i],
  ['practices', 'asset-recovery-offices', /Asset Recovery Offices/i],
  ['practices', 'ilecu', /International Law Enforcement Coordination Units/i],
  ['practices', 'informal-cooperation', /Informal/i],
  ['practices', 'liaison-officers-and-magistrates', /Liaison officers and (liaison )?magistrates/i],
  // Programmes
  ['programmes', 'unodc-see-regional-programme-2009-2011', /UNODC Regional Programme for South.?Eastern Europe/i],
  ['programmes', 'euromed-justice-programme', /EuroMed Justice/i],
  ['programmes', 'wbpn-project-2014-2017', /Western Balkans/i],
];

/**
 * Bodies the sources describe as networks or cooperation bodies but say too little about for an
 * entry of their own: each is named in the body of the closest entry, with the reason it has no
 * entry (docs/content-review/2026-11-second-review.md).
 */
const NAMED_WITHOUT_ENTRY: Array<[body: string, inEntry: string, reason: RegExp]> = [
  ['ARIN-AP', 'carin', /only (their|the) acronyms|no entr/i],
  ['ARIN-WA', 'carin', /only (their|the) acronyms|no entr/i],
  ['Pacific Transnational Crime Network', 'afp-law-enforcement-cooperation-program', /no entry|own entry|says nothing|does not describe/i],
  ['Network of Prosecutors General', 'baltic-sea-task-force', /no entry|own entry|says nothing|does not describe/i],
  ['Barents', 'baltic-sea-task-force', /no entry|own entry|says nothing|does not describe/i],
  ['StAR', 'g20-anti-corruption-working-group', /no entry|own entry|says nothing|does not describe|only/i],
];

describe('bodies named without an entry of their own', () => {
  it.each(NAMED_WITHOUT_ENTRY)('names %s in %s, with the reason', (body, id, reason) => {
    const file = byId.get(id)?.file;
    expect(file, `missing entry ${id}`).toBeDefined();
    const text = readFileSync(join(root, file!), 'utf8');
    const paragraphs = text
      .slice(text.indexOf('\n---\n', 4))
      .split(/\n\s*\n/)
      .filter((p) => p.includes(body));
    expect(paragraphs, `${body} is not named in the body of ${id}`).not.toEqual([]);
    // The reason it has no entry is given where it is named.
    expect(
      paragraphs.some((p) => reason.test(p)),
      paragraphs.join('\n---\n'),
    ).toBe(true);
  });
});

describe('the whole catalogue', () => {
  it.each(EXPECTED)('has the %s entry %s', (kind, id, name) => {
    const entry = byId.get(id);
    expect(entry, `missing entry ${kind}/${id}`).toBeDefined();
    expect(entry!.kind).toBe(kind);
    const names = entry!.data as unknown as { name: string; acronym?: string; alternativeNames: string[] };
    expect([names.name, names.acronym ?? '', ...names.alternativeNames].join(' | ')).toMatch(name);
  });

  it('validates with no errors and no warnings', () => {
    expect(result.problems.map((p) => `${p.severity} ${p.file} ${p.field}: ${p.message}`)).toEqual([]);
  });

  it('records the source’s doubts instead of guessing: Congo stays unresolved', () => {
    const greatLakes = byId.get('great-lakes-judicial-cooperation-network')!;
    const raw = greatLakes.data as unknown as { unresolvedMembers: Array<{ name: string }> };
    expect(raw.unresolvedMembers.map((m) => m.name)).toContain('Congo');
  });

  it('lists the networks the CDPC table lists twice only once, saying so', () => {
    for (const id of ['oecd-acn', 'western-balkans-prosecutors-network']) {
      const data = byId.get(id)!.data as unknown as { cdpcSection: string; caveats: string[] };
      expect(data.cdpcSection).toBe('both');
      expect(data.caveats.join(' ')).toMatch(/twice|both sections/i);
    }
  });
});
