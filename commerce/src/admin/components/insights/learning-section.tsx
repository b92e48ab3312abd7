import { Badge, Button, Text } from "@medusajs/ui"
import { exportUrl, type Learning, type PeriodChoice } from "../../lib/insights-api"
import { ExportLink } from "./export-link"
import { formatDateTime, formatNumber, formatPercent } from "./format"
import { Section } from "./section"
import { SimpleTable } from "./tables"

const STATUS_COLOURS: Record<string, "green" | "blue" | "red"> = { completed: "green", active: "blue", revoked: "red" }

/** Each course's learning figures, and the period's learners with their progress (paged, exportable). */
export const LearningSection = ({ learning, choice, onPage }: { learning: Learning; choice: PeriodChoice; onPage: (offset: number) => void }) => {
  const { offset, limit, count } = learning
  return (
    <Section
      title="Learning"
      hint="Course figures over every learner; the table lists those who enrolled in the period"
      testId="insights-learning"
      actions={<ExportLink href={exportUrl("learners", choice)}>Learners CSV</ExportLink>}
    >
      <div className="flex flex-col gap-6">
        <SimpleTable
          rows={learning.courses}
          empty="No courses yet."
          rowKey={(c) => c.course_id}
          columns={[
            { title: "Course", cell: (c) => c.title },
            { title: "Enrolled", cell: (c) => formatNumber(c.enrolled), numeric: true },
            { title: "New in period", cell: (c) => formatNumber(c.enrolled_in_period), numeric: true },
            { title: "Active (30 days)", cell: (c) => formatNumber(c.active_30d), numeric: true },
            { title: "Median progress", cell: (c) => formatPercent(c.median_progress), numeric: true },
            { title: "Completion", cell: (c) => formatPercent(c.completion_rate), numeric: true },
            { title: "Certificates", cell: (c) => formatNumber(c.certificates), numeric: true },
          ]}
        />
        <SimpleTable
          rows={learning.learners}
          empty="Nobody enrolled in this period."
          rowKey={(l) => l.enrollment_id}
          testId="insights-learners"
          columns={[
            { title: "Learner", cell: (l) => l.name ?? l.email ?? "—" },
            { title: "Course", cell: (l) => l.course },
            { title: "Status", cell: (l) => <Badge size="2xsmall" color={STATUS_COLOURS[l.status] ?? "grey"}>{l.status}</Badge> },
            { title: "Progress", cell: (l) => `${l.lessons_done}/${l.lessons} (${formatPercent(l.progress)})`, numeric: true },
            { title: "Enrolled", cell: (l) => formatDateTime(l.enrolled_at) },
            { title: "Last lesson", cell: (l) => formatDateTime(l.last_activity_at) },
          ]}
        />
        {count > limit && (
          <div className="flex items-center justify-end gap-2">
            <Text size="small" className="text-ui-fg-subtle">{offset + 1}–{Math.min(offset + limit, count)} of {count}</Text>
            <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => onPage(Math.max(offset - limit, 0))}>Previous</Button>
            <Button size="small" variant="secondary" disabled={offset + limit >= count} onClick={() => onPage(offset + limit)}>Next</Button>
          </div>
        )}
      </div>
    </Section>
  )
}
