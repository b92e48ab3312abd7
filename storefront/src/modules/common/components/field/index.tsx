import type { ComponentProps, InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react"
import styles from "./styles.module.css"

/** The class of a stacked form (`<form className={formClass}>`): the same spacing and width everywhere. */
export const formClass = styles.form

/** Two fields side by side from 36rem, stacked below. */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className={styles.row}>{children}</div>
}

type FieldProps = { name: string; label: string; error?: string; hint?: string; id?: string }

/** The props that tie a control to its label, hint and error. */
type ControlProps = {
  id: string
  name: string
  className: string
  "aria-invalid"?: true
  "aria-describedby"?: string
  "data-testid": string
}

/** A label, an optional hint and an announced error around one control (`aria-describedby`). */
function Field({ name, label, error, hint, id, control }: FieldProps & { control: (props: ControlProps) => ReactNode }) {
  const fieldId = id ?? `field-${name}`
  const hintId = hint ? `${fieldId}-hint` : undefined
  const errorId = error ? `${fieldId}-error` : undefined
  return (
    <div className={styles.field}>
      <label htmlFor={fieldId} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {control({
        id: fieldId,
        name,
        className: styles.control,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        "data-testid": `field-${name}`,
      })}
      {error && (
        <p id={errorId} role="alert" className={styles.error} data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  )
}

/** A labelled input whose hint and error are tied to it. */
export default function TextField({ name, label, error, hint, id, ...input }: InputHTMLAttributes<HTMLInputElement> & FieldProps) {
  return <Field name={name} label={label} error={error} hint={hint} id={id} control={(props) => <input {...props} {...input} />} />
}

/** A labelled text area whose hint and error are tied to it. */
export function TextAreaField({ name, label, error, hint, id, ...area }: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps) {
  return <Field name={name} label={label} error={error} hint={hint} id={id} control={(props) => <textarea {...props} {...area} />} />
}

export type SelectOption = { value: string; label: string }

/** A labelled select whose hint and error are tied to it. */
export function SelectField({
  name,
  label,
  error,
  hint,
  id,
  options,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & FieldProps & { options: SelectOption[] }) {
  return (
    <Field
      name={name}
      label={label}
      error={error}
      hint={hint}
      id={id}
      control={(props) => (
        <select {...props} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  )
}

/** A checkbox with its label beside it. */
export function CheckboxField({ name, label, id, ...input }: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { name: string; label: string }) {
  const fieldId = id ?? `field-${name}`
  return (
    <div className={styles.check}>
      <input id={fieldId} type="checkbox" name={name} data-testid={`field-${name}`} {...input} />
      <label htmlFor={fieldId}>{label}</label>
    </div>
  )
}

/** A bare input with the field look, for a control whose label sits elsewhere (a search bar, a quantity stepper). */
export function Input(props: ComponentProps<"input">) {
  return <input {...props} className={[styles.control, props.className].filter(Boolean).join(" ")} />
}
