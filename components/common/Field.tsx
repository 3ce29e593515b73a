import { useId, type ReactNode, type Ref } from 'react';
import { inputBase, labelText, mutedText } from './styles';

/** What a control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: ReactNode;
  /** A short help line under the control, read with it. */
  hint?: ReactNode;
  /** What is wrong with the value, read with the control and marked invalid. */
  error?: string;
  className?: string;
  children(control: FieldControlProps): ReactNode;
}

/**
 * A label, its control, and the hint and error that describe it: every form control in
 * Panelist is one of these, so each has an accessible name and its messages are announced.
 */
export function Field({ label, hint, error, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelText}>
        {label}
      </label>
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true as const } : {}) })}
      {error && (
        <p id={errorId} className="mt-1 text-xs text-rose-700 dark:text-rose-300">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className={`mt-1 ${mutedText}`}>
          {hint}
        </p>
      )}
    </div>
  );
}

export interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'search' | 'date' | 'number' | 'email';
  hint?: ReactNode;
  error?: string;
  className?: string;
  inputClassName?: string;
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string;
  disabled?: boolean;
  autoComplete?: string;
  list?: string;
  min?: number;
  max?: number;
}

/** A labelled one-line input. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  className,
  inputClassName = inputBase,
  inputRef,
  ...input
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          {...input}
          ref={inputRef}
          type={input.type ?? 'text'}
          className={inputClassName}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> {
  label: ReactNode;
  value: T;
  options: readonly SelectOption<T>[];
  onChange(value: T): void;
  hint?: ReactNode;
  error?: string;
  className?: string;
  selectClassName?: string;
  selectRef?: Ref<HTMLSelectElement>;
  disabled?: boolean;
}

/** A labelled drop-down of fixed options. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hint,
  error,
  className,
  selectClassName = inputBase,
  selectRef,
  disabled,
}: SelectFieldProps<T>) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select
          {...control}
          ref={selectRef}
          className={selectClassName}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
