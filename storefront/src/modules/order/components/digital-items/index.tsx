import Link from "next/link"
import type { OrderConfirmation } from "@/lib/data/orders"
import { ButtonLink } from "@/modules/common/components/button"
import Card from "@/modules/common/components/card"
import styles from "./styles.module.css"

type Props = { confirmation: OrderConfirmation; countryCode: string; signedIn: boolean }

const FORMAT_LABELS = { epub: "EPUB", pdf: "PDF" } as const

/** Where the order's ebooks and courses are: ready the moment it was paid, nothing to wait for. */
export default function DigitalItems({ confirmation, countryCode, signedIn }: Props) {
  const { order, ebooks, courses } = confirmation
  const hasEbooks = order.items.some((item) => item.kind === "ebook")
  return (
    <>
      {courses.length > 0 && (
        <Card as="section" tone="sunk" aria-labelledby="courses-heading" data-testid="courses-notice">
          <h2 id="courses-heading" className={styles.heading}>
            {courses.length === 1 ? "Your course" : "Your courses"}
          </h2>
          <p>Every lesson is open to you now, for as long as you like.</p>
          <ul className={styles.list}>
            {courses.map((course) => (
              <li key={course.item_id}>
                <span>{course.title}</span>
                <ButtonLink
                  href={`/${countryCode}/learn/${course.handle}${course.first_lesson_id ? `/${course.first_lesson_id}` : ""}`}
                  size="sm"
                  data-testid="start-course"
                >
                  Start the course
                </ButtonLink>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {hasEbooks && (
        <Card as="section" tone="sunk" aria-labelledby="ebooks-heading" data-testid="ebooks-notice">
          <h2 id="ebooks-heading" className={styles.heading}>
            Your ebooks
          </h2>
          {signedIn || order.has_account ? (
            <p>
              They are ready in{" "}
              <Link href={`/${countryCode}/account/library`} data-testid="library-link">
                your library
              </Link>
              , to download whenever you like.
            </p>
          ) : (
            <>
              <p>Download them here, or from the links in your confirmation email, for 30 days.</p>
              <ul className={styles.list}>
                {ebooks.map((ebook) => (
                  <li key={ebook.item_id}>
                    <span>{ebook.title}</span>
                    {(ebook.formats?.length ?? 0) > 1 ? (
                      // Sold as both EPUB and PDF: a link for each, as the library has a button for each.
                      <span className={styles.formats}>
                        {ebook.formats!.map((f) => (
                          <a
                            key={f.format}
                            href={f.url}
                            className={styles.download}
                            data-testid={`ebook-download-${f.format}`}
                            aria-label={`Download ${ebook.title} as ${FORMAT_LABELS[f.format]}`}
                            rel="nofollow"
                          >
                            Download {FORMAT_LABELS[f.format]}
                          </a>
                        ))}
                      </span>
                    ) : (
                      <a href={ebook.url} className={styles.download} data-testid="ebook-download" rel="nofollow">
                        Download
                      </a>
                    )}
                  </li>
                ))}
              </ul>
              <p>
                Next time, sign in before paying and your ebooks will wait in{" "}
                <Link href={`/${countryCode}/account/library`} data-testid="library-link">
                  your library
                </Link>{" "}
                for good.
              </p>
            </>
          )}
        </Card>
      )}
    </>
  )
}
