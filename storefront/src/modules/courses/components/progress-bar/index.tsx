/** How much of a course is done, for eyes and for screen readers. */
export default function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div className="course-progress">
      <progress max={100} value={percent} aria-label={label} data-testid="course-progress" data-percent={percent}>
        {percent}%
      </progress>
      <span>{percent}% complete</span>
    </div>
  )
}
