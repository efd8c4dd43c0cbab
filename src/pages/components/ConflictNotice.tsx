type Props = { what: string; onKeepMine: () => void; onTakeTheirs: () => void };

/** Both this page and another changed the same thing: the user chooses, nothing is dropped unasked. */
export function ConflictNotice({ what, onKeepMine, onTakeTheirs }: Props) {
  return (
    <div class="notice notice--warning" role="alert">
      <p>
        <strong>{what} was changed in another window</strong> while you were editing it here.
      </p>
      <button type="button" onClick={onKeepMine}>
        Keep my version
      </button>
      <button type="button" onClick={onTakeTheirs}>
        Use the other version
      </button>
    </div>
  );
}
