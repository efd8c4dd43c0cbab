// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPdfInNode } from '../../../../../src/cli/open-pdf';
import { DocumentError } from '../../../../../src/core/extract/documents/document-error';
import { documentLines } from '../../../../../src/core/extract/documents/document-lines';
import { documentSpec } from '../../../../../src/core/extract/documents/document-spec';

const FIXTURES = join(import.meta.dirname, '../../../../fixtures/documents');
const read = async (file: string) =>
  documentSpec(
    await documentLines(new Uint8Array(readFileSync(join(FIXTURES, file))), openPdfInNode),
    file,
    `file:///${file}`,
  );
const rows = (spec: Awaited<ReturnType<typeof read>>) =>
  spec.criteria.map((c) => [c.category, c.level, c.text, ...(c.assessedBy ? [c.assessedBy] : [])]);

describe('attached documents', () => {
  it('reads a PDF table: rows and columns from positioned text, E/D ticks, the method column and its key', async () => {
    const spec = await read('person-spec-table.pdf');
    expect(spec).toMatchObject({ site: 'document', title: 'Senior Staff Nurse – Intensive Care', band: 'Band 6' });
    expect(rows(spec)).toEqual([
      ['Qualifications', 'essential', 'Registered Nurse (Adult) with current NMC registration', ['application']],
      [
        'Qualifications',
        'essential',
        'Post-registration qualification in critical care nursing, or working towards one',
        ['application', 'interview'],
      ],
      ['Qualifications', 'desirable', 'Mentorship or practice assessor qualification', ['application']],
      [
        'Experience',
        'essential',
        'At least two years of post-registration experience in an intensive care unit',
        ['application', 'interview'],
      ],
      ['Experience', 'desirable', 'Experience of leading a shift', ['interview']],
      [
        'Skills and knowledge',
        'essential',
        'Clinical audit and quality improvement',
        ['application', 'interview', 'presentation'],
      ],
      ['Skills and knowledge', 'essential', 'Drug calculations', ['test']],
      ['Skills and knowledge', 'desirable', 'Good IT skills', ['application']],
    ]);
    expect(spec.criteria.every((c) => c.source?.kind === 'document' && c.source.name === 'person-spec-table.pdf')).toBe(
      true,
    );
  });

  it('reads a PDF whose criteria are written in Essential and Desirable columns, joining wrapped lines', async () => {
    expect(rows(await read('person-spec-columns.pdf'))).toEqual([
      ['Qualifications', 'essential', 'GCSE English and Maths at grade C / 4 or above'],
      ['Qualifications', 'essential', 'RSA Level 3 word processing or equivalent'],
      ['Qualifications', 'desirable', 'AMSPAR medical secretary diploma'],
      ['Experience', 'essential', 'Experience of audio typing clinic letters'],
      ['Experience', 'desirable', 'Experience of working in an NHS hospital'],
      ['Knowledge', 'essential', 'Knowledge of medical terminology'],
      ['Knowledge', 'desirable', 'Knowledge of the patient administration system'],
    ]);
  });

  it('reads a DOCX: its table with an E/D column, then labelled paragraphs and a bulleted list', async () => {
    const spec = await read('person-spec.docx');
    expect(spec).toMatchObject({ title: 'Pharmacy Technician – Medicines Optimisation', band: 'Band 5' });
    expect(rows(spec)).toEqual([
      ['Qualifications', 'essential', 'GPhC registration as a pharmacy technician', ['application']],
      ['Qualifications', 'desirable', 'Accredited checking technician', ['application', 'interview']],
      ['Experience', 'essential', 'Medicines reconciliation on hospital wards', ['interview']],
      ['Other requirements', 'desirable', 'Experience of an electronic prescribing system'],
      ['Other requirements', 'desirable', 'Ability to speak Welsh'],
    ]);
  });

  it('refuses files it cannot read, with a message for the user', async () => {
    const bytes = (text: string | number[]) =>
      typeof text === 'string' ? new TextEncoder().encode(text) : new Uint8Array(text);
    await expect(documentLines(bytes([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), openPdfInNode)).rejects.toThrow(
      /old Word document/,
    );
    await expect(documentLines(bytes('<!DOCTYPE html><p>Sign in</p>'), openPdfInNode)).rejects.toThrow(/web page/);
    await expect(documentLines(bytes('%PDF-1.7 this is not really a pdf'), openPdfInNode)).rejects.toBeInstanceOf(
      DocumentError,
    );
    await expect(documentLines(bytes('PK\u0003\u0004 broken zip'), openPdfInNode)).rejects.toThrow(
      /not a Word document/,
    );
  });
});
