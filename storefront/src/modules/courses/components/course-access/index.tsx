"use client"

import Link from "next/link"
import { useEffect, useState } from "react"
import type { CourseAccess as Access } from "@/lib/data/courses"
import { ButtonLink } from "@/modules/common/components/button"
import BuyCourseForm from "../buy-course-form"

type Props = { countryCode: string; handle: string; variantId: string | null }

/**
 * The course page's call to action, for this visitor: a learner enrolled now
 * gets "Continue" at their next lesson, anyone else "Buy this course" (when
 * it is sold here). The page is cached for everyone, so who is enrolled is
 * asked after it has loaded; until then the buy form stands, as it does
 * without JavaScript, and commerce refuses a course bought twice anyway.
 */
export default function CourseAccess({ countryCode, handle, variantId }: Props) {
  const [access, setAccess] = useState<Access | null>(null)
  useEffect(() => {
    let live = true
    fetch(`/api/courses/${handle}/enrollment`, { cache: "no-store", credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<Access>) : null))
      .catch(() => null)
      .then((loaded) => {
        if (live && loaded) setAccess(loaded)
      })
    return () => {
      live = false
    }
  }, [handle])

  const enrollment = access?.enrollment && access.enrollment.status !== "revoked" ? access.enrollment : null
  if (enrollment) {
    const resume = enrollment.next_lesson_id ? `/${enrollment.next_lesson_id}` : ""
    return (
      <div data-testid="course-enrolled">
        <p>
          {enrollment.status === "completed" ? "You have completed this course." : `You are enrolled: ${enrollment.percent}% done.`}
        </p>
        <ButtonLink href={`/${countryCode}/learn/${handle}${resume}`} size="lg" block data-testid="continue-course">
          Continue
        </ButtonLink>
      </div>
    )
  }
  const here = `/${countryCode}/courses/${handle}`
  return (
    <>
      {variantId && <BuyCourseForm countryCode={countryCode} handle={handle} variantId={variantId} />}
      {access && !access.signedIn && (
        <p>
          Already enrolled?{" "}
          <Link href={`/${countryCode}/account/login?${new URLSearchParams({ next: here })}`} data-testid="course-sign-in">
            Sign in
          </Link>{" "}
          to continue.
        </p>
      )}
    </>
  )
}
