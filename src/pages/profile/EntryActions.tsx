type Props = { what: string; onEdit: () => void; onDelete: () => void };

/** Edit and Delete for one entry of a list, named after it for screen readers ("Edit registration NMC"). */
export function EntryActions({ what, onEdit, onDelete }: Props) {
  return (
    <span class="entry-actions">
      <button type="button" class="remove" aria-label={`Edit ${what}`} onClick={onEdit}>
        Edit
      </button>
      <button type="button" class="remove" aria-label={`Delete ${what}`} onClick={onDelete}>
        Delete
      </button>
    </span>
  );
}
