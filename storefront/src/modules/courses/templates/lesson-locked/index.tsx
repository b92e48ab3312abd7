import Alert from "@/modules/common/components/alert"
import { ButtonLink } from "@/modules/common/components/button"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"

/** A paid lesson asked for by someone not enrolled: what it is part of, and the way to enrol. */
export default function LessonLocked({ countryCode, handle, title }: { countryCode: string; handle: string; title: string }) {
  return (
    <PageContainer width="narrow" data-testid="lesson-locked">
      <PageHeader trail={[{ href: `/${countryCode}/courses`, label: "Courses" }]} title={title} />
      <Alert tone="info" live="alert">
        <p>This lesson is for the course&apos;s learners.</p>
        <p>
          <ButtonLink href={`/${countryCode}/courses/${handle}`}>See the course and enrol</ButtonLink>
        </p>
      </Alert>
    </PageContainer>
  )
}
