import { buttonClass } from "@/modules/common/components/button"
import TextField, { FieldRow } from "@/modules/common/components/field"
import styles from "./styles.module.css"

/** The statement's period: a plain GET form, so the page stays server-rendered and the period is in the address (shareable, back button). */
export default function VendorPeriodForm({ action, from, to, error }: { action: string; from: string; to: string; error?: string }) {
  return (
    <form method="get" action={action} className={styles.form} data-testid="vendor-period-form">
      <FieldRow>
        <TextField type="date" name="from" label="From" defaultValue={from} required />
        <TextField type="date" name="to" label="To" defaultValue={to} error={error} required />
      </FieldRow>
      <button type="submit" className={buttonClass({ variant: "secondary" })} data-testid="vendor-period-submit">
        Show
      </button>
    </form>
  )
}
