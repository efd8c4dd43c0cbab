import { describe, expect, it } from 'vitest';
import { formatReport, PLAIN } from '../../../src/cli/format-report';
import { documentSpec } from '../../../src/core/extract/documents/document-spec';
import { analyseRead } from '../../../src/core/pipeline/analyse-page';
import { readDocumentSpec } from '../../../src/core/pipeline/read-page';
import { testMatcher } from '../support/make-report';

const documentReport = (lines: { text: string; heading?: boolean }[]) => {
  const spec = documentSpec(
    lines.map((l) => ({ text: l.text, heading: l.heading ?? false, listItem: false })),
    'jd.docx',
    'file:///jd.docx',
  );
  return formatReport(analyseRead(readDocumentSpec(spec), testMatcher).analysed, null, testMatcher.skills, PLAIN);
};

describe('the readable report of a document', () => {
  it('speaks of a document, never of a page, when it holds no criteria', () => {
    const text = documentReport([{ text: 'Our trust values' }]);
    expect(text).toBe('Untitled document\n\nNo criteria found in this document.');
    expect(text).not.toMatch(/page/);
  });

  it('lists the criteria of a document that has some', () => {
    const text = documentReport([
      { text: 'Ward Manager', heading: true },
      { text: 'Essential', heading: true },
      { text: 'Experience of clinical audit' },
    ]);
    expect(text).toMatch(/^Ward Manager\n/);
    expect(text).toContain('Experience of clinical audit');
    expect(text).not.toMatch(/on this page/);
  });
});
