type Props = { id: string; error: string | null; label: string; onCancel?: (() => void) | undefined };

/** The end of an entry form: the validation error, announced, the submit button, and Cancel while editing. */
export function FormSubmit({ id, error, label, onCancel }: Props) {
  return (
    <>
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary">
        {label}
      </button>
      {onCancel && (
        <button type="button" class="remove form-cancel" onClick={onCancel}>
          Cancel
        </button>
      )}
    </>
  );
}
