import { describe, expect, it } from 'vitest';
import { readElementText } from '../../../../../src/core/dom/element-text';
import { extractPersonSpec } from '../../../../../src/core/extract/extract';
import { parseFreeText } from '../../../../../src/core/extract/free-text/parse-free-text';
import type { TextLine } from '../../../../../src/core/extract/free-text/text-line';
import headingLines from '../../../../fixtures/free-text/heading-lines.html?raw';
import labelsAndMarkers from '../../../../fixtures/free-text/labels-and-markers.html?raw';
import noSpec from '../../../../fixtures/free-text/no-spec.html?raw';
import requirementList from '../../../../fixtures/free-text/requirement-list.html?raw';
import table from '../../../../fixtures/free-text/table.html?raw';
import welsh from '../../../../fixtures/free-text/welsh.html?raw';
import { parseHtml } from '../../../support/parse-html';

const TRUST_PAGE = new URL('https://careers.example.org/vacancies/1234');
const extract = (html: string) => extractPersonSpec(parseHtml(html), TRUST_PAGE);
const rows = (html: string) =>
  extract(html).spec.criteria.map((c) => [c.level, c.category, c.text, ...(c.assessedBy ? [c.assessedBy] : [])]);

/** Plain lines, as a PDF or a Word document gives them. */
const lines = (...texts: string[]): TextLine[] => texts.map((text) => ({ text, heading: false, listItem: false }));
const parse = (...texts: string[]) =>
  parseFreeText(lines(...texts)).map((c) => [c.level, c.category, c.line.text.slice(c.start, c.end)]);

describe('free-text person specifications on a page', () => {
  it('reads Essential/Desirable heading lines under categories, and ignores "essential" that is not a marker', () => {
    expect(rows(headingLines)).toEqual([
      ['essential', 'Qualifications', 'Registered Nurse (Adult) with current NMC registration'],
      ['essential', 'Qualifications', 'Degree or diploma in adult nursing'],
      ['desirable', 'Qualifications', 'District nursing specialist practitioner qualification'],
      ['desirable', 'Qualifications', 'Non-medical prescribing (V150)'],
      ['essential', 'Experience', 'Post-registration experience in a community or acute setting'],
      ['desirable', 'Experience', 'Experience of caseload management'],
      ['essential', 'Skills', 'Car driver with access to a vehicle for work'],
      ['essential', 'Skills', 'Good IT skills, including SystmOne'],
    ]);
  });

  it('places every criterion on the page: its element and the characters to highlight', () => {
    const { spec, anchors, spans } = extract(headingLines);
    for (const criterion of spec.criteria) {
      const [element] = anchors.get(criterion.id)!;
      const span = spans!.get(criterion.id)!;
      expect(readElementText(element!).text.slice(span.start, span.end)).toBe(criterion.text);
    }
  });

  it('reads labels, inline markers, assessment methods and hedges', () => {
    expect(rows(labelsAndMarkers)).toEqual([
      ['essential', null, 'Care Certificate, or willing to complete it within 12 weeks of starting'],
      [
        'essential',
        null,
        'Experience of personal care in a health or social care setting',
        ['application', 'interview'],
      ],
      ['desirable', null, 'NVQ Level 3 in Health and Social Care'],
      ['essential', null, 'Good spoken and written English', ['application', 'interview']],
      ['desirable', null, 'Moving and handling training'],
      ['desirable', null, 'Experience of palliative care would be an advantage'],
      ['desirable', null, 'Phlebotomy training is desirable but not essential'],
      ['essential', null, 'A full UK driving licence is essential for this post.'],
    ]);
  });

  it('reads tables with E/D columns, a method column with its key, and criteria written in level columns', () => {
    expect(rows(table)).toEqual([
      ['essential', 'Qualifications', 'Degree or diploma in occupational therapy', ['application']],
      ['essential', 'Qualifications', 'HCPC registration', ['application']],
      [
        'desirable',
        'Qualifications',
        'Post-graduate training in neurological rehabilitation',
        ['application', 'interview'],
      ],
      ['essential', 'Experience', 'Post-registration experience in stroke or neurology', ['application', 'interview']],
      ['desirable', 'Experience', 'Supervising junior staff and students', ['interview']],
      ['essential', 'Skills', 'Standardised cognitive assessment', ['interview', 'test']],
      ['essential', 'Personal qualities', 'Able to work flexibly across the week'],
      ['essential', 'Personal qualities', 'Car driver'],
      ['desirable', 'Personal qualities', 'Welsh speaker'],
    ]);
  });

  it('reads a requirement list as essential unless an item hedges, and stops at the next heading', () => {
    expect(rows(requirementList)).toEqual([
      ['essential', null, 'GCSE English and Maths at grade C / 4 or above'],
      ['essential', null, 'Experience of working with the public on the telephone'],
      ['essential', null, 'Confident using Microsoft Office'],
      ['desirable', null, 'Ideally, experience of EMIS Web'],
    ]);
  });

  it('reads Welsh headings: Hanfodol = Essential, Dymunol = Desirable', () => {
    expect(rows(welsh)).toEqual([
      ['essential', 'Cymwysterau', 'Cofrestriad NMC cyfredol'],
      ['essential', 'Cymwysterau', 'Gradd mewn nyrsio oedolion'],
      ['desirable', 'Cymwysterau', 'Cymhwyster mentora'],
      ['desirable', 'Iaith Gymraeg', 'Gallu siarad Cymraeg'],
    ]);
  });

  it('invents nothing for an advert without a specification', () => {
    const { spec } = extract(noSpec);
    expect(spec.criteria).toEqual([]);
    expect(spec.pageKind).toBe('other');
  });
});

describe('free-text lines (documents)', () => {
  it('resets the level when a new category follows a level heading, and keeps it when the level came first', () => {
    expect(parse('Qualifications', 'Essential', 'Degree', 'Experience', 'Essential', 'Ward experience')).toEqual([
      ['essential', 'Qualifications', 'Degree'],
      ['essential', 'Experience', 'Ward experience'],
    ]);
    expect(parse('Essential criteria:', 'Qualifications', '• Degree', 'Experience', '• Ward experience')).toEqual([
      ['essential', 'Qualifications', 'Degree'],
      ['essential', 'Experience', 'Ward experience'],
    ]);
  });

  it('takes an unknown short line before a level heading as its category', () => {
    expect(parse('Clinical practice', 'Desirable', '• Venepuncture')).toEqual([
      ['desirable', 'Clinical practice', 'Venepuncture'],
    ]);
  });

  it('ends a bulleted section at the first paragraph of prose', () => {
    expect(
      parse(
        'Desirable:',
        '• Experience with the client group',
        'Our hospital has been caring for people in the county for more than forty years and we are proud of it.',
      ),
    ).toEqual([['desirable', null, 'Experience with the client group']]);
  });

  it('drops items that say they are not required and splits inline bullets', () => {
    expect(
      parse(
        'Essential',
        'Experience is not essential',
        '• Team player • Car driver',
        '• Experience of dialysis (full training is provided).• Good IT skills',
      ),
    ).toEqual([
      ['essential', null, 'Team player'],
      ['essential', null, 'Car driver'],
      ['essential', null, 'Experience of dialysis (full training is provided).'],
      ['essential', null, 'Good IT skills'],
    ]);
  });

  it('gives "not marked" to a person specification without levels', () => {
    expect(parse('Person specification', '• Good communication skills', '• Must hold a driving licence')).toEqual([
      ['unspecified', null, 'Good communication skills'],
      ['essential', null, 'Must hold a driving licence'],
    ]);
  });

  it('honours a key that gives R another meaning', () => {
    const table: TextLine[] = [
      { text: 'R = Role play, I = Interview', heading: false, listItem: false },
      ...[
        ['Criteria', 'Essential', 'Desirable', 'Assessed'],
        ['Handles conflict calmly', '✓', '', 'R/I'],
      ].map((cells, i) => ({
        text: cells.join(' | '),
        heading: i === 0,
        listItem: false,
        table: 1,
        cells: cells.map((text) => (text ? [{ text, heading: false, listItem: false }] : [])),
      })),
    ];
    expect(parseFreeText(table).map((c) => [c.level, c.assessedBy])).toEqual([['essential', ['interview']]]);
  });
});
