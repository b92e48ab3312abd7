import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import type { AdminEnrollments } from "../../lib/courses-api"

/** Who is enrolled, how far each learner is, and the course's completion rate. */
export const CourseEnrollments = ({ data }: { data: AdminEnrollments }) => (
  <Container className="flex flex-col gap-3">
    <Heading level="h2">Enrollments</Heading>
    <Text>
      {data.summary.enrolled} enrolled · {data.summary.completed} completed · completion rate {data.summary.completion_rate}% ·{" "}
      {data.summary.revoked} revoked
    </Text>
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Learner</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Progress</Table.HeaderCell>
          <Table.HeaderCell>Enrolled</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {data.enrollments.map((e) => (
          <Table.Row key={e.id}>
            <Table.Cell>{e.customer ? [e.customer.first_name, e.customer.last_name].filter(Boolean).join(" ") || e.customer.email : "—"}</Table.Cell>
            <Table.Cell>
              <Badge color={e.status === "completed" ? "green" : e.status === "revoked" ? "red" : "blue"}>{e.status}</Badge>
            </Table.Cell>
            <Table.Cell>{e.progress.percent}%</Table.Cell>
            <Table.Cell>{new Date(e.enrolled_at).toLocaleDateString()}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </Container>
)
