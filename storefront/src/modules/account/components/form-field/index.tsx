import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react"
import styles from "./styles.module.css"

type FieldProps = { name: string; label: string; error?: string; hint?: string; id?: string }

/** The props that tie a control to its label, hint and error. */
type ControlProps = {
  id: string
  name: string
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
      <label htmlFor={fieldId}>{label}</label>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {control({
        id: fieldId,
        name,
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

/** A labelled input whose error is announced and tied to it. */
export default function FormField({ name, label, error, hint, id, ...input }: InputHTMLAttributes<HTMLInputElement> & FieldProps) {
  return <Field name={name} label={label} error={error} hint={hint} id={id} control={(props) => <input {...props} {...input} />} />
}

/** A labelled text area whose hint and error are tied to it. */
export function TextAreaField({ name, label, error, hint, id, ...area }: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps) {
  return <Field name={name} label={label} error={error} hint={hint} id={id} control={(props) => <textarea {...props} {...area} />} />
}
