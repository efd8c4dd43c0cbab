import { useId } from 'preact/hooks';
import { useDraft } from '../hooks/use-draft';

type Props = { limit: number; onChange: (limit: number) => void };

const MIN = 100;
const MAX = 20_000;

/** The statement's word limit; saved when it is a whole number in range. */
export function WordLimitField({ limit, onChange }: Props) {
  const id = useId();
  const draft = useDraft(String(limit), (value) => {
    const n = Number(value);
    if (Number.isInteger(n) && n >= MIN && n <= MAX) onChange(n);
  });
  const n = Number(draft.value);
  const invalid = !(Number.isInteger(n) && n >= MIN && n <= MAX);
  return (
    <div class="field field--inline">
      <label for={id}>Word limit</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={MIN}
        max={MAX}
        step={50}
        value={draft.value}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onInput={(e) => draft.set(e.currentTarget.value)}
        onBlur={draft.commit}
      />
      {invalid && (
        <span id={`${id}-error`} class="field-error">
          A whole number from {MIN} to {MAX.toLocaleString('en-GB')}
        </span>
      )}
    </div>
  );
}
