import type { RegisterChoice } from '../../core/profile/registration-skill';

type Props = {
  id: string;
  register: string;
  choices: readonly RegisterChoice[];
  value: string | undefined;
  invalid: boolean;
  onChange: (skillId: string) => void;
};

const question = (register: string) =>
  register === 'nursing'
    ? 'Which field of nursing are you registered in?'
    : `Which part of the ${register} register are you on?`;

/** The choice a register of several professions needs ("NMC": nurse, midwife, nursing associate …). */
export function RegisterPartChoice({ id, register, choices, value, invalid, onChange }: Props) {
  return (
    <fieldset class="register-parts" aria-invalid={invalid} aria-describedby={invalid ? `${id}-error` : undefined}>
      <legend>{question(register)}</legend>
      <span class="hint">Adverts ask for one of these by name, so it decides which adverts count it.</span>
      {choices.map((choice, i) => (
        <label key={choice.skillId} class="radio">
          <input
            type="radio"
            name={`${id}-part`}
            id={i === 0 ? `${id}-part` : undefined}
            value={choice.skillId}
            checked={value === choice.skillId}
            onChange={() => onChange(choice.skillId)}
          />{' '}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
