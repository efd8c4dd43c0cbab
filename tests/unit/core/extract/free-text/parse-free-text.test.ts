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

describe('requirement lists and sections in free text', () => {
  const bullets = (...items: string[]) => items.map((item) => `• ${item}`);

  it('opens a list after the wider introductions: people who, the following criteria, a closing sentence', () => {
    expect(
      parse('We would love to hear from people who:', ...bullets('Have worked in a pharmacy', 'Enjoy a busy day')),
    ).toEqual([
      ['essential', null, 'Have worked in a pharmacy'],
      ['essential', null, 'Enjoy a busy day'],
    ]);
    expect(parse('Applicants should meet the following criteria;', ...bullets('Registered with the GPhC'))).toEqual([
      ['essential', null, 'Registered with the GPhC'],
    ]);
    expect(
      parse(
        'The ideal candidate will have a background in estates. They will also have:',
        ...bullets('A surveying degree'),
      ),
    ).toEqual([
      ['essential', null, 'The ideal candidate will have a background in estates'],
      ['essential', null, 'A surveying degree'],
    ]);
  });

  it('reads a sub-heading inside a list as a category and keeps the items below it', () => {
    expect(parse('Essential:', '• Languages:', '• TypeScript', '• Python', '• Tools:', '• Git')).toEqual([
      ['essential', 'Languages', 'TypeScript'],
      ['essential', 'Languages', 'Python'],
      ['essential', 'Tools', 'Git'],
    ]);
    const boldTitle: TextLine[] = [
      { text: 'Desirable experience of the following:', heading: true, listItem: false },
      { text: 'Cloud platforms', heading: true, listItem: false },
      { text: 'Load balancing', heading: false, listItem: true },
      { text: 'Remote access gateways', heading: false, listItem: true },
    ];
    expect(parseFreeText(boldTitle).map((c) => [c.level, c.category, c.line.text.slice(c.start, c.end)])).toEqual([
      ['desirable', 'Cloud platforms', 'Load balancing'],
      ['desirable', 'Cloud platforms', 'Remote access gateways'],
    ]);
  });

  it('sets the desirable level from a heading that says it in other words', () => {
    expect(parse('Essential', '• Degree in nursing', 'Desired', '• Tissue viability course')).toEqual([
      ['essential', null, 'Degree in nursing'],
      ['desirable', null, 'Tissue viability course'],
    ]);
  });

  it('leaves duties out of a requirement list, and reads the wishes of someone sought as unmarked', () => {
    expect(
      parse(
        'To be successful you will:',
        ...bullets(
          'Ensure records are kept up to date',
          'Have a level 2 qualification in care',
          'Work well under pressure',
        ),
      ),
    ).toEqual([
      ['essential', null, 'Have a level 2 qualification in care'],
      ['essential', null, 'Work well under pressure'],
    ]);
    expect(
      parse(
        "We're looking for someone who:",
        ...bullets(
          'wants to grow with a friendly team',
          'is interested in a good salary and pension',
          'has worked in a call centre',
        ),
      ),
    ).toEqual([
      ['unspecified', null, 'wants to grow with a friendly team'],
      ['essential', null, 'has worked in a call centre'],
    ]);
  });

  it('reads a list with no introduction when its items open as requirements do', () => {
    expect(
      parse(
        'Our clinic is open six days a week.',
        ...bullets('Experience of minor injuries', 'Able to work without supervision', 'Good IT skills'),
      ),
    ).toEqual([
      ['essential', null, 'Experience of minor injuries'],
      ['essential', null, 'Able to work without supervision'],
      ['essential', null, 'Good IT skills'],
    ]);
    expect(parse('We offer:', ...bullets('Free parking', 'A staff gym', 'Experience of a large trust'))).toEqual([]);
  });

  it('leaves out an item of a list under a lead-in that the learned scorer finds nothing asked in', () => {
    expect(
      parse(
        'You will have:',
        ...bullets(
          'Experience of working with older people in a hospital or community setting',
          'A supportive team who will welcome you and help you settle into the role',
          'A degree',
        ),
      ),
    ).toEqual([
      ['essential', null, 'Experience of working with older people in a hospital or community setting'],
      ['essential', null, 'A degree'],
    ]);
  });

  it('reads a list with no introduction as requirements when the learned scorer reads its items so', () => {
    expect(
      parse('Our clinic is open six days a week.', ...bullets('A full UK driving licence', 'Previous care experience')),
    ).toEqual([
      ['essential', null, 'A full UK driving licence'],
      ['essential', null, 'Previous care experience'],
    ]);
    expect(parse('Our clinic is open six days a week.', ...bullets('Free parking', 'Generous annual leave'))).toEqual(
      [],
    );
  });

  it('cuts list items at semicolons, at a dash before a hedge, and at "ideally"', () => {
    expect(
      parse(
        'Essential',
        '• Good organisation skills; able to meet deadlines',
        '• Registered nurse – mentorship preferable',
        '• Post-registration experience, ideally in a surgical ward',
      ),
    ).toEqual([
      ['essential', null, 'Good organisation skills'],
      ['essential', null, 'able to meet deadlines'],
      ['essential', null, 'Registered nurse'],
      ['desirable', null, 'mentorship preferable'],
      ['essential', null, 'Post-registration experience'],
      ['desirable', null, 'ideally in a surgical ward'],
    ]);
  });

  it('keeps the requirement sentences of a paragraph in a section and drops its notes', () => {
    expect(
      parse(
        'About you',
        'You will hold a degree in podiatry. Our clinics are spread across the county. Knowledge of diabetic foot care is desirable.',
      ),
    ).toEqual([
      ['essential', null, 'You will hold a degree in podiatry'],
      ['desirable', null, 'Knowledge of diabetic foot care is desirable'],
    ]);
  });

  it('reads "Skills: …" as a category and its item, and does not end a list at an item naming benefits', () => {
    expect(parse('Skills: Strong communicator with a calm manner')).toEqual([
      ['essential', 'Skills', 'Strong communicator with a calm manner'],
    ]);
    expect(
      parse('Essential criteria:', '• Knowledge of welfare benefits systems', '• Knowledge of housing law'),
    ).toEqual([
      ['essential', null, 'Knowledge of welfare benefits systems'],
      ['essential', null, 'Knowledge of housing law'],
    ]);
  });

  it('reads requirement sentences in running prose, and not the pitch around them', () => {
    expect(
      parse(
        'We are an exciting and friendly team looking after a busy market town.',
        'You will have a current NMC registration and experience of leg ulcer care. We will help you grow.',
      ),
    ).toEqual([['essential', null, 'You will have a current NMC registration and experience of leg ulcer care']]);
  });

  it('keeps the items under a lead-in fragment, with the fragment as what they complete', () => {
    expect(
      parse(
        'Essential',
        '• Current NMC registration',
        'Competence through accredited courses in:',
        '• Moving and handling',
        '• Basic life support',
      ),
    ).toEqual([
      ['essential', null, 'Current NMC registration'],
      ['essential', 'Competence through accredited courses in', 'Moving and handling'],
      ['essential', 'Competence through accredited courses in', 'Basic life support'],
    ]);
    expect(parse('Our hospital is close to:', '• The railway station', '• The city centre')).toEqual([]);
  });

  it('reads the terms of the post, the employer and pay as no requirement', () => {
    expect(
      parse(
        'We would love to hear from people who:',
        '• Have worked in a care home',
        '• We are one of the largest providers in the region',
        'Shifts available',
        '• Early shifts 7am to 3pm',
      ),
    ).toEqual([['essential', null, 'Have worked in a care home']]);
    expect(
      parse('Essential', '• Care experience', '• Experience in one of the following areas:', '• Dementia care'),
    ).toEqual([
      ['essential', null, 'Care experience'],
      ['essential', 'Experience in one of the following areas', 'Dementia care'],
    ]);
    expect(parse('Please note: the pay rate of £11.20 per hour applies to applicants who work nights.')).toEqual([]);
  });
});
