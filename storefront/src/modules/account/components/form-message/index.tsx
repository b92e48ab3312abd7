import type { FormState } from "@/lib/actions/account-input"

/**
 * The form-level outcome: a failure is an alert (read out at once), a
 * success a status message.
 */
export default function FormMessage({ state }: { state: FormState }) {
  if (!state?.message) return null
  return state.ok ? (
    <p role="status" className="notice" data-testid="form-success">
      {state.message}
    </p>
  ) : (
    <p role="alert" className="notice" data-testid="form-error" style={{ borderColor: "#9b1c1c", color: "#9b1c1c" }}>
      {state.message}
    </p>
  )
}
