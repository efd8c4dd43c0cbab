import { describe, expect, it } from 'vitest';
import { isBoldSentence } from '../../../../../src/core/extract/free-text/bold-sentence';
import { parseFreeText } from '../../../../../src/core/extract/free-text/parse-free-text';
import type { TextLine } from '../../../../../src/core/extract/free-text/text-line';

const bold = (text: string): TextLine => ({ text, heading: true, listItem: false });
const plain = (text: string): TextLine => ({ text, heading: false, listItem: false });
const item = (text: string): TextLine => ({ text, heading: false, listItem: true });
const read = (...lines: TextLine[]) => parseFreeText(lines).map((c) => [c.level, c.line.text.slice(c.start, c.end)]);

describe('a requirement sentence set in bold', () => {
  it('is a sentence, not a heading, when it reads as a requirement', () => {
    expect(isBoldSentence(bold('A current driving licence is essential for this post.'), undefined)).toBe(true);
    expect(isBoldSentence(bold('APPLICANTS MUST HOLD FULL HCPC REGISTRATION'), plain('About the team'))).toBe(true);
  });

  it('stays a heading when it is one: a lead-in, a question, a title or a plain line', () => {
    expect(isBoldSentence(bold('The successful applicant will have'), item('A degree in dietetics'))).toBe(false);
    expect(isBoldSentence(bold('Candidates should be able to show:'), item('Teamwork'))).toBe(false);
    expect(isBoldSentence(bold('Are you an experienced theatre practitioner?'), undefined)).toBe(false);
    expect(isBoldSentence(bold('Staff Nurse with Theatre Experience Required'), undefined)).toBe(false);
    expect(isBoldSentence(plain('A current driving licence is essential for this post.'), undefined)).toBe(false);
  });

  it('is read as a criterion where a heading would have been skipped', () => {
    expect(
      read(
        plain('Our clinic serves the whole county and is open six days a week.'),
        bold('Experience of running a clinic on your own would be an advantage.'),
        plain('For more details call the clinic manager.'),
      ),
    ).toEqual([['desirable', 'Experience of running a clinic on your own would be an advantage']]);
  });
});
