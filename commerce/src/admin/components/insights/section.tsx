import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** One titled block of the Insights page. */
export const Section = ({ title, hint, actions, children, testId }: { title: string; hint?: string; actions?: ReactNode; children: ReactNode; testId?: string }) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
      <div>
        <Heading level="h2">{title}</Heading>
        {hint && <Text size="small" className="text-ui-fg-subtle">{hint}</Text>}
      </div>
      {actions}
    </div>
    <div className="px-6 py-4">{children}</div>
  </Container>
)

/** What a table or chart says when the period has nothing for it. */
export const Nothing = ({ children = "Nothing in this period." }: { children?: ReactNode }) => (
  <Text size="small" className="text-ui-fg-muted">{children}</Text>
)
