import styles from "./styles.module.css"

/** How much of a course is done, for eyes and for screen readers. */
export default function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div className={styles.progress}>
      <progress max={100} value={percent} aria-label={label} className={styles.bar} data-testid="course-progress" data-percent={percent}>
        {percent}%
      </progress>
      <span className={styles.text}>{percent}% complete</span>
    </div>
  )
}
