import { useState } from 'preact/hooks';
import type { Report } from '../../core/model/report';
import type { Skill } from '../../core/model/skill';
import { buildOutline, outlineText, type OutlineGap } from '../../core/statement/outline';
import { StatusBadge } from '../report/StatusBadge';
import { copyText } from './copy-text';
import { WordLimitField } from './WordLimitField';

type Props = {
  report: Report;
  skills: ReadonlyMap<string, Skill>;
  wordLimit: number;
  onWordLimit?: (limit: number) => void;
  onAddEvidence?: (skillId: string) => void;
};

function gapText(gap: OutlineGap): string {
  switch (gap.kind) {
    case 'missing':
      return `Gap: not in your profile${gap.skills.length ? ` (${gap.skills.join(', ')})` : ''}`;
    case 'no-evidence':
      return `Gap: no evidence note yet${gap.skills.length ? ` for ${gap.skills.join(', ')}` : ''}`;
    case 'partial':
      return 'Gap: only partly met; say how you meet the rest';
    case 'unchecked':
      return 'Check: no recognised skill; answer this one yourself';
  }
}

/**
 * The supporting statement's outline: criteria in person-spec order, the user's notes, gaps, words
 * against the limit.
 */
export function OutlineView({ report, skills, wordLimit, onWordLimit, onAddEvidence }: Props) {
  const outline = buildOutline(report, skills, wordLimit);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const over = outline.words - outline.limit;

  const copy = async () => setCopyState((await copyText(outlineText(outline))) ? 'copied' : 'failed');

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
      <p class="actions-row">
        <button type="button" class="primary" onClick={() => void copy()}>
          Copy outline
        </button>
        <span role="status" class="muted" data-testid="copy-status">
          {copyState === 'copied'
            ? 'Copied to the clipboard as plain text.'
            : copyState === 'failed'
              ? 'The browser did not allow copying: select the text below and copy it.'
              : ''}
        </span>
      </p>
      {copyState === 'failed' && (
        <textarea
          class="copy-fallback"
          readOnly
          rows={8}
          aria-label="Outline as plain text"
          value={outlineText(outline)}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      <ol class="outline-sections">
        {outline.sections.map((section) => (
          <li key={section.criterionId} class={`outline-section criterion--${section.status}`}>
            <p class="outline-criterion">
              <StatusBadge status={section.status} /> <span>{section.text}</span>
            </p>
            <p class="muted outline-where">
              {[
                section.category,
                section.level === 'unspecified' ? null : section.level === 'essential' ? 'Essential' : 'Desirable',
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {section.notes.map((note) => (
              <blockquote key={`${note.skillId}-${note.noteId}`} class="outline-note">
                <p>
                  <strong>{note.skillLabel}:</strong> {note.text}
                </p>
                <p class="muted">{note.words} words</p>
              </blockquote>
            ))}
            {section.gap && (
              <p class={`gap gap--${section.gap.kind}`}>
                <span aria-hidden="true">{section.gap.kind === 'unchecked' ? '? ' : '! '}</span>
                {gapText(section.gap)}
                {section.gap.kind === 'no-evidence' &&
                  onAddEvidence &&
                  (report.criteria.find((c) => c.criterion.id === section.criterionId)?.needsEvidence ?? []).map(
                    (id) => (
                      <button key={id} type="button" class="add" onClick={() => onAddEvidence(id)}>
                        Add evidence<span class="visually-hidden"> for {skills.get(id)?.label ?? id}</span>
                      </button>
                    ),
                  )}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
