import type { TextareaHTMLAttributes } from "react"
import styles from "../styles.module.css"

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: string; error?: string; hint?: string }

/** A labelled text area whose hint and error are tied to it (`aria-describedby`). */
export default function TextAreaField({ name, label, error, hint, id, ...area }: Props) {
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
      <textarea
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        data-testid={`field-${name}`}
        {...area}
      />
      {error && (
        <p id={errorId} role="alert" className={styles.error} data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  )
}
