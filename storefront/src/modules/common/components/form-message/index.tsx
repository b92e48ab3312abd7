import type { FormState } from "@/lib/actions/account-input"
import Alert from "@/modules/common/components/alert"

/**
 * A form's outcome: a failure is an alert (read out at once), a success a
 * status message.
 */
export default function FormMessage({ state }: { state: FormState }) {
  if (!state?.message) return null
  return state.ok ? (
    <Alert tone="success" as="p" testId="form-success">
      {state.message}
    </Alert>
  ) : (
    <Alert tone="error" as="p" testId="form-error">
      {state.message}
    </Alert>
  )
}
