import Link from "next/link"
import type { Enrollment } from "@/lib/data/courses"
import { formatDate } from "@/lib/util/dates"
import Alert from "@/modules/common/components/alert"
import Badge from "@/modules/common/components/badge"
import { buttonClass, ButtonLink } from "@/modules/common/components/button"
import Card from "@/modules/common/components/card"
import EmptyState from "@/modules/common/components/empty-state"
import ProgressBar from "../../components/progress-bar"
import styles from "./styles.module.css"

/** The learner's courses with progress, where to resume, and each certificate earned. */
export default function MyCourses({ enrollments, countryCode }: { enrollments: Enrollment[]; countryCode: string }) {
  return (
    <section aria-labelledby="my-courses-heading">
      <h1 id="my-courses-heading">Your courses</h1>
      {enrollments.length === 0 ? (
        <EmptyState
          title="You are not enrolled in a course yet"
          testId="my-courses-empty"
          action={<ButtonLink href={`/${countryCode}/courses`}>Browse the courses</ButtonLink>}
        >
          Courses you buy appear here, with your progress and certificates.
        </EmptyState>
      ) : (
        <ul className={styles.list} data-testid="my-courses">
          {enrollments.map((e) => (
            <Card as="li" key={e.id} className={styles.card} data-testid="my-course" data-status={e.status}>
              <div className={styles.head}>
                <h2 className={styles.title}>
                  <Link href={`/${countryCode}/courses/${e.course.handle}`}>{e.course.title}</Link>
                </h2>
                {e.status === "completed" && <Badge tone="success">Completed</Badge>}
                {e.status === "revoked" && <Badge tone="danger">Access ended</Badge>}
              </div>
              <p className={styles.meta}>Enrolled {formatDate(e.enrolled_at)}</p>
              {e.status === "revoked" ? (
                <Alert tone="warning" live="none">
                  <p>Your access to this course has ended (the order was refunded or cancelled).</p>
                </Alert>
              ) : (
                <>
                  <ProgressBar percent={e.progress.percent} label={`Progress in ${e.course.title}`} />
                  <p>
                    <ButtonLink href={`/${countryCode}/learn/${e.course.handle}`} data-testid="resume-course">
                      {e.progress.completed_count ? "Continue where you left off" : "Start the course"}
                    </ButtonLink>
                  </p>
                </>
              )}
              {e.certificate && e.status !== "revoked" && (
                <div className={styles.certificate} data-testid="certificate">
                  <p>
                    <strong>Certificate {e.certificate.code}</strong>, issued {formatDate(e.certificate.issued_at)}
                  </p>
                  <p className={styles.certificateLinks}>
                    <a
                      href={`/api/courses/certificate/${e.id}`}
                      className={buttonClass({ variant: "secondary", size: "sm" })}
                      data-testid="download-certificate"
                      download
                    >
                      Download PDF
                    </a>
                    <Link href={`/${countryCode}/certificates/${e.certificate.code}`} data-testid="verify-certificate">
                      Verification page
                    </Link>
                  </p>
                </div>
              )}
            </Card>
          ))}
        </ul>
      )}
    </section>
  )
}
