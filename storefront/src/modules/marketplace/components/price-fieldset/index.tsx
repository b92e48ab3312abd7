import type { ReactNode } from "react"
import styles from "./styles.module.css"

/** One format's (or variant's) prices and stock, boxed under its name. */
export default function PriceFieldset({ legend, testId, children }: { legend: string; testId: string; children: ReactNode }) {
  return (
    <fieldset className={styles.fieldset} data-testid={testId}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  )
}
