import { describe, expect, it, vi } from 'vitest';
import { fetchDocument } from '../../../../../src/content/documents/fetch-document';
import { mergeCriteria, sameCriterion } from '../../../../../src/core/extract/documents/merge-criteria';
import type { Criterion } from '../../../../../src/core/model/criterion';

const criterion = (id: string, text: string, extra: Partial<Criterion> = {}): Criterion => ({
  id,
  category: null,
  level: 'essential',
  text,
  source: { kind: 'page' },
  ...extra,
});

describe('merging document criteria with the page', () => {
  it('treats wording that differs only in case, punctuation or a word as the same criterion', () => {
    expect(sameCriterion('Current NMC registration.', 'current NMC registration')).toBe(true);
    expect(
      sameCriterion('Experience of leading a busy acute ward team', 'Experience of leading a busy acute ward team.'),
    ).toBe(true);
    expect(sameCriterion('Degree in nursing', 'Degree in physiotherapy')).toBe(false);
  });

  it('adds new criteria, and lends the page what it lacked for ones it has', () => {
    const page = [
      criterion('p1', 'Current NMC registration'),
      criterion('p2', 'Team player', { level: 'unspecified' }),
    ];
    const document = [
      criterion('d1', 'Current NMC registration.', {
        assessedBy: ['application'],
        category: 'Qualifications',
        source: { kind: 'document', name: 'JD.pdf' },
      }),
      criterion('d2', 'Team player', { level: 'desirable', source: { kind: 'document', name: 'JD.pdf' } }),
      criterion('d3', 'Drug calculations', { assessedBy: ['test'], source: { kind: 'document', name: 'JD.pdf' } }),
    ];
    const merged = mergeCriteria(page, document);
    expect(merged).toMatchObject({ added: 1, enriched: 2 });
    expect(merged.criteria.map((c) => [c.id, c.level, c.category, c.assessedBy, c.source?.kind])).toEqual([
      ['p1', 'essential', 'Qualifications', ['application'], 'page'],
      ['p2', 'desirable', null, undefined, 'page'],
      ['d3', 'essential', null, ['test'], 'document'],
    ]);
    expect(mergeCriteria(merged.criteria, document)).toMatchObject({ added: 0, enriched: 0 });
  });
});

describe('fetching a document', () => {
  const pdf = new Uint8Array([37, 80, 68, 70, 45]);
  const answer = (url: string, body = pdf, status = 200) =>
    vi.fn(async () => Object.assign(new Response(body, { status }), { url }) as Response);

  it('fetches from the advert’s own site, without cookies', async () => {
    const fetcher = answer('https://beta.jobs.nhs.uk/docs/jd.pdf');
    const bytes = await fetchDocument(
      { name: 'JD', url: 'https://beta.jobs.nhs.uk/docs/jd.pdf' },
      'https://www.jobs.nhs.uk/candidate/jobadvert/C1',
      fetcher,
    );
    expect(bytes).toEqual(pdf);
    expect(fetcher).toHaveBeenCalledWith(
      'https://beta.jobs.nhs.uk/docs/jd.pdf',
      expect.objectContaining({ credentials: 'omit' }),
    );
  });

  it('refuses other sites before sending anything, and redirects away from the site', async () => {
    const fetcher = answer('https://tracker.example.com/jd.pdf');
    await expect(
      fetchDocument(
        { name: 'JD', url: 'https://files.example.com/jd.pdf' },
        'https://www.jobs.nhs.uk/candidate/jobadvert/C1',
        fetcher,
      ),
    ).rejects.toThrow(/another site \(files\.example\.com\)/);
    expect(fetcher).not.toHaveBeenCalled();
    await expect(
      fetchDocument(
        { name: 'JD', url: 'https://www.jobs.nhs.uk/jd.pdf' },
        'https://www.jobs.nhs.uk/candidate/jobadvert/C1',
        fetcher,
      ),
    ).rejects.toThrow(/led to another site/);
  });

  it('reports a failed download', async () => {
    const fetcher = answer('https://www.nhsjobs.com/jd.pdf', new Uint8Array(), 404);
    await expect(
      fetchDocument(
        { name: 'JD', url: 'https://www.nhsjobs.com/jd.pdf' },
        'https://www.nhsjobs.com/job/UK/x-v1',
        fetcher,
      ),
    ).rejects.toThrow(/404/);
  });
});
