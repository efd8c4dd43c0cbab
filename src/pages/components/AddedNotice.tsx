export type Added = { skillId: string; label: string; undone: boolean };

type Props = { added: Added | null; onUndo: ((skillId: string) => void) | undefined };

/**
 * "Added Clinical audit · Undo" after a skill is added, announced politely; the region is always in
 * the page so screen readers hear what appears in it.
 */
export function AddedNotice({ added, onUndo }: Props) {
  return (
    <p class="added-notice" role="status" data-testid="added-notice">
      {added &&
        (added.undone ? (
          <>Took back {added.label}.</>
        ) : (
          <>
            <span aria-hidden="true">✓ </span>Added <strong>{added.label}</strong>
            {onUndo && (
              <>
                {' · '}
                <button type="button" class="link" onClick={() => onUndo(added.skillId)}>
                  Undo<span class="visually-hidden"> adding {added.label}</span>
                </button>
              </>
            )}
          </>
        ))}
    </p>
  );
}
