import { useState } from 'preact/hooks';
import type { Shortlisting } from '../../core/coach/shortlisting';
import type { Report } from '../../core/model/report';
import type { Skill } from '../../core/model/skill';
import { buildOutline, type OutlineSection } from '../../core/statement/outline';
import { outlineText, sectionText } from '../../core/statement/outline-text';
import { copyText } from './copy-text';
import { OutlineSectionItem } from './OutlineSectionItem';
import { WordLimitField } from './WordLimitField';

type Props = {
  report: Report;
  skills: ReadonlyMap<string, Skill>;
  wordLimit: number;
  onWordLimit?: (limit: number) => void;
  onAddEvidence?: (skillId: string) => void;
  shortlisting?: Shortlisting | null;
};

type Copied = { what: 'outline' | number; ok: boolean; text: string } | null;

/**
 * The supporting statement's plan: each criterion headed in its own words, its share of the word limit,
 * the user's notes, "covered above" flagged, what is still to do, and the running total against the limit.
 */
export function OutlineView({ report, skills, wordLimit, onWordLimit, onAddEvidence, shortlisting }: Props) {
  const outline = buildOutline(report, skills, wordLimit);
  const [copied, setCopied] = useState<Copied>(null);
  const over = outline.words - outline.limit;
  const copy = async (what: 'outline' | number, text: string) => setCopied({ what, ok: await copyText(text), text });
  const copySection = (section: OutlineSection) =>
    void copy(outline.sections.indexOf(section) + 1, sectionText(section, outline.limit));
  const needsEvidence = (criterionId: string) =>
    (report.criteria.find((c) => c.criterion.id === criterionId)?.needsEvidence ?? []).map((id) => ({
      id,
      label: skills.get(id)?.label ?? id,
    }));

  return (
    <section class="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading">Supporting statement outline</h2>
      <div class="word-count">
        <p data-testid="word-count">
          <strong>{outline.words.toLocaleString('en-GB')}</strong> of {outline.limit.toLocaleString('en-GB')} words in
          your notes{over > 0 ? <strong class="over"> · {over.toLocaleString('en-GB')} over the limit</strong> : ''}
        </p>
        <meter
          min={0}
          max={outline.limit}
          high={outline.limit * 0.9}
          optimum={outline.limit * 0.5}
          value={Math.min(outline.words, outline.limit)}
          aria-label="Words used"
        />
        {onWordLimit && <WordLimitField limit={wordLimit} onChange={onWordLimit} />}
      </div>
      <p class="muted">
        Head each part with the criterion’s own words: shortlisters look for them. Each has a share of your word limit,
        an essential criterion twice a desirable one’s; a criterion the advert assesses only at interview gets none.
      </p>
      <p class="actions-row">
        <button type="button" class="primary" onClick={() => void copy('outline', outlineText(outline))}>
          Copy outline
        </button>
        <span role="status" class="muted" data-testid="copy-status">
          {copied?.ok
            ? copied.what === 'outline'
              ? 'Copied to the clipboard as plain text.'
              : `Criterion ${copied.what} copied to the clipboard as plain text.`
            : copied
              ? 'The browser did not allow copying: select the text below and copy it.'
              : ''}
        </span>
      </p>
      {copied && !copied.ok && (
        <textarea
          class="copy-fallback"
          readOnly
          rows={8}
          aria-label={copied.what === 'outline' ? 'Outline as plain text' : `Criterion ${copied.what} as plain text`}
          value={copied.text}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      <ol class="outline-sections">
        {outline.sections.map((section, i) => (
          <OutlineSectionItem
            key={section.criterionId}
            section={section}
            number={i + 1}
            limit={outline.limit}
            shortlisting={shortlisting?.criteria.get(section.criterionId)}
            needsEvidence={needsEvidence(section.criterionId)}
            onAddEvidence={onAddEvidence}
            onCopy={copySection}
          />
        ))}
      </ol>
    </section>
  );
}
