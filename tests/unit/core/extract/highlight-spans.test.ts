import { describe, expect, it } from 'vitest';
import { extractPersonSpec } from '../../../../src/core/extract/extract';
import { planRanges } from '../../../../src/content/highlight/plan-ranges';

// The live document: happy-dom's Ranges misbehave in DOMParser documents.
const page = (html: string): Document => {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return document;
};

describe('criteria read from part of an element', () => {
  it('mark the words inside their own line of a <br>-broken paragraph', () => {
    const doc = page('<main><p>Essential:<br>• Current NMC registration (E)<br>• Clinical audit experience</p></main>');
    const { spec, anchors, spans } = extractPersonSpec(doc, new URL('https://careers.example.org/jobs/1'));
    expect(spec.criteria.map((c) => c.text)).toEqual(['Current NMC registration', 'Clinical audit experience']);
    const audit = spec.criteria[1]!;
    const start = audit.text.indexOf('audit');
    const plan = [{ criterionId: audit.id, start, end: start + 'audit'.length, kind: 'missing' as const }];
    expect(planRanges(doc, plan, anchors, spans).missing.map((r) => r.toString())).toEqual(['audit']);
    // Without the spans the same offsets would land in the wrong line.
    expect(planRanges(doc, plan, anchors).missing.map((r) => r.toString())).not.toEqual(['audit']);
  });
});
