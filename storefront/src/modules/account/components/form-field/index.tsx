import type { InputHTMLAttributes } from "react"
import styles from "./styles.module.css"

type Props = InputHTMLAttributes<HTMLInputElement> & {
  name: string
  label: string
  error?: string
  hint?: string
}

/** A labelled input whose error is announced and tied to it (`aria-describedby`). */
export default function FormField({ name, label, error, hint, id, ...input }: Props) {
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
      <input
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        data-testid={`field-${name}`}
        {...input}
      />
      {error && (
        <p id={errorId} role="alert" className={styles.error} data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  )
}
