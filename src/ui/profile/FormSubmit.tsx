type Props = { id: string; error: string | null; label: string };

/** The end of an "add" form: the validation error, announced, and the submit button. */
export function FormSubmit({ id, error, label }: Props) {
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
    </>
  );
}
