/** A plain message in place of a section whose backend did not answer. */
export default function Unavailable({ testId, children }: { testId: string; children: string }) {
  return (
    <p className="notice" role="status" data-testid={testId}>
      {children}
    </p>
  )
}
