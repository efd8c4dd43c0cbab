import type { Report } from '../../core/model/report';
import type { Skill } from '../../core/model/skill';
import { noteText } from '../../core/statement/note-text';
import { interviewPreparation, type InterviewSource } from '../../core/statement/interview';
import { StatusBadge } from '../report/StatusBadge';

type Props = {
  report: Report;
  skills: ReadonlyMap<string, Skill>;
  onAddEvidence?: (skillId: string) => void;
};

function intro(source: InterviewSource, level: 'essential' | 'unspecified'): string {
  const which = level === 'essential' ? 'its essential criteria' : 'its criteria';
  switch (source) {
    case 'stated':
      return 'The advert says these are assessed at interview:';
    case 'not-stated':
      return `This advert does not say which criteria are assessed at interview, so here are ${which}: panels ask about them. Prepare one example for each.`;
    case 'none-at-interview':
      return `The advert names no criterion as assessed at interview, so here are ${which}: panels ask about them. Prepare one example for each.`;
  }
}

/** The criteria to prepare for interview (those the advert names, or its essential ones), with the user's examples. */
export function InterviewView({ report, skills, onAddEvidence }: Props) {
  const prep = interviewPreparation(report);
  const label = (id: string) => skills.get(id)?.label ?? id;
  return (
    <section class="interview" aria-labelledby="interview-heading">
      <h2 id="interview-heading">Interview preparation</h2>
      <p data-testid="interview-message" data-source={prep.source}>
        {intro(prep.source, report.score.primary)}
      </p>
      {prep.criteria.length === 0 ? (
        <p class="muted">No essential criteria were found in this advert: read it yourself to see what it asks for.</p>
      ) : (
        <ol class="interview-list" data-testid="interview-list">
          {prep.criteria.map((item) => (
            <li key={item.criterion.id} data-criterion-id={item.criterion.id}>
              <p class="interview-criterion">
                <StatusBadge status={item.status} /> {item.criterion.text}
              </p>
              {(item.evidence ?? []).map(({ skillId, note }) => (
                <p key={`${skillId}-${note.id}`} class="interview-example">
                  <strong>Your example ({label(skillId)}):</strong> {noteText(note)}
                </p>
              ))}
              {(item.evidence ?? []).length === 0 && item.status === 'met' && (
                <p class="muted">In your profile, and checked on a register or certificate: no example needed.</p>
              )}
              {(item.evidence ?? []).length === 0 && item.status !== 'met' && (
                <p class="muted interview-none">
                  No example yet
                  {item.status === 'missing' ? ': it is not in your profile.' : '.'}{' '}
                  {onAddEvidence &&
                    (item.needsEvidence ?? []).map((id) => (
                      <button key={id} type="button" class="add" onClick={() => onAddEvidence(id)}>
                        Add evidence<span class="visually-hidden"> for {label(id)}</span>
                      </button>
                    ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
