import type { Report } from '../../core/model/report';
import type { Skill } from '../../core/model/skill';
import { noteText } from '../../core/statement/note-text';
import { interviewPreparation } from '../../core/statement/interview';
import { StatusBadge } from '../report/StatusBadge';

/** The criteria the advert says are assessed at interview, with the notes to prepare from. */
export function InterviewView({ report, skills }: { report: Report; skills: ReadonlyMap<string, Skill> }) {
  const prep = interviewPreparation(report);
  return (
    <section class="interview" aria-labelledby="interview-heading">
      <h2 id="interview-heading">Interview preparation</h2>
      {prep.kind === 'not-stated' ? (
        <p data-testid="interview-message">
          This advert does not say which criteria are assessed at interview. Expect any essential criterion to come up,
          and prepare one example for each.
        </p>
      ) : prep.criteria.length === 0 ? (
        <p data-testid="interview-message">The advert names no criterion as assessed at interview.</p>
      ) : (
        <>
          <p>The advert says these are assessed at interview:</p>
          <ol class="interview-list" data-testid="interview-list">
            {prep.criteria.map((item) => (
              <li key={item.criterion.id}>
                <p>
                  <StatusBadge status={item.status} /> {item.criterion.text}
                </p>
                {(item.evidence ?? []).map(({ skillId, note }) => (
                  <p key={`${skillId}-${note.id}`} class="muted">
                    Your example ({skills.get(skillId)?.label ?? skillId}): {noteText(note)}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
