import Alert from "@/modules/common/components/alert"

/** A plain message in place of a section whose backend did not answer. */
export default function Unavailable({ testId, children }: { testId: string; children: string }) {
  return (
    <Alert tone="warning" as="p" testId={testId}>
      {children}
    </Alert>
  )
}
