import Link from "next/link"
import type { Enrollment } from "@/lib/data/courses"
import ProgressBar from "../../components/progress-bar"

/** The learner's courses with progress, where to resume, and each certificate earned. */
export default function MyCourses({ enrollments, countryCode }: { enrollments: Enrollment[]; countryCode: string }) {
  return (
    <section aria-labelledby="my-courses-heading">
      <h1 id="my-courses-heading">Your courses</h1>
      {enrollments.length === 0 ? (
        <div className="notice" data-testid="my-courses-empty">
          <p>You are not enrolled in a course yet.</p>
          <p>
            <Link href={`/${countryCode}/courses`}>Browse the courses</Link>
          </p>
        </div>
      ) : (
        <ul className="post-list" data-testid="my-courses">
          {enrollments.map((e) => (
            <li key={e.id} className="post-card" data-testid="my-course" data-status={e.status}>
              <h2>{e.course.title}</h2>
              {e.status === "revoked" ? (
                <p>Your access to this course has ended (the order was refunded or cancelled).</p>
              ) : (
                <>
                  <ProgressBar percent={e.progress.percent} label={`Progress in ${e.course.title}`} />
                  <p>
                    <Link href={`/${countryCode}/learn/${e.course.handle}`} data-testid="resume-course">
                      {e.progress.completed_count ? "Continue where you left off" : "Start the course"}
                    </Link>
                  </p>
                </>
              )}
              {e.certificate && e.status !== "revoked" && (
                <p data-testid="certificate">
                  Certificate {e.certificate.code}:{" "}
                  <a href={`/api/courses/certificate/${e.id}`} data-testid="download-certificate" download>
                    Download PDF
                  </a>{" "}
                  · <Link href={`/${countryCode}/certificates/${e.certificate.code}`} data-testid="verify-certificate">Verification page</Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
