import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../../tests/helpers/fixture-catalogue.ts';
import { dataPackageProblems, tableProblems } from '../../../tests/helpers/open-data.ts';
import { dataPackage, packageTables } from './datapackage.ts';
import { BOM } from './csv.ts';

const catalogue = fixtureCatalogue();

describe('Data Package and tidy tables', () => {
  it('is a valid Data Package v2, every resource described with its size', () => {
    const descriptor = dataPackage(catalogue, '2026-11-01');
    expect(dataPackageProblems(descriptor)).toEqual([]);
    const tables = packageTables(catalogue);
    expect(descriptor.resources.map((r) => [r.path, r.bytes])).toEqual(tables.map((t) => [t.path, Buffer.byteLength(t.text)]));
  });

  it('writes every row as its Table Schema says, keys unique and foreign keys resolved', () => {
    expect(tableProblems(packageTables(catalogue))).toEqual([]);
  });

  it('writes the memberships of one entry exactly, with names and labels beside the codes', () => {
    const memberships = packageTables(catalogue).find((t) => t.name === 'memberships')!;
    expect(memberships.text.split('\r\n').filter((l) => l.startsWith('atlantic-prosecutors-network,'))).toEqual([
      'atlantic-prosecutors-network,Atlantic Prosecutors Network,AL,Albania,Albanie,,member,Member,Membre,',
      'atlantic-prosecutors-network,Atlantic Prosecutors Network,RS,Serbia,Serbie,,member,Member,Membre,',
      'atlantic-prosecutors-network,Atlantic Prosecutors Network,FR,France,France,,observer,Observer,Observateur,Listed as an observer in the fixture source.',
      'atlantic-prosecutors-network,Atlantic Prosecutors Network,GB,United Kingdom,Royaume-Uni,Scotland,member,Member,Membre,',
      'atlantic-prosecutors-network,Atlantic Prosecutors Network,KE,Kenya,Kenya,,partner,Partner,Partenaire,',
    ]);
  });

  it('puts a byte-order mark on catalogue.csv only, and gives no country-less row an empty country name', () => {
    const tables = packageTables(catalogue);
    expect(tables.filter((t) => t.text.startsWith(BOM)).map((t) => t.name)).toEqual(['catalogue']);
    const catalogueCsv = tables.find((t) => t.name === 'catalogue')!;
    const withoutMembers = catalogue.entries.filter((e) => e.members.length === 0).length;
    expect(catalogueCsv.text.split('\r\n').filter((l) => l.includes(',No member list in the sources,')).length).toBe(withoutMembers);
  });

  it('finds rows that break their schema', () => {
    const [entries] = packageTables(catalogue);
    const broken = { ...entries!, text: entries!.text.replace(',prosecutors-network,', ',no-such-type,') };
    expect(tableProblems([broken]).join('\n')).toMatch(/entries row \d+: \/type must be equal to one of the allowed values/);
  });
});
