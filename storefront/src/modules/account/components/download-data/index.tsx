import { buttonClass } from "@/modules/common/components/button"
import { formClass } from "@/modules/common/components/field"

/** "Download my data": a plain download link (a file, not a page), so a prefetching router never fetches it. */
export default function DownloadData() {
  return (
    <section className={formClass} aria-labelledby="data-heading" data-testid="download-data">
      <h2 id="data-heading">Your data</h2>
      <p>
        A file with everything the shop keeps about you: profile, addresses, orders, courses and progress, community posts, wishlist,
        event RSVPs, newsletter subscription and email choices.
      </p>
      <p>
        <a href="/api/account/export" download className={buttonClass({ variant: "secondary" })} data-testid="download-data-link">
          Download my data
        </a>
      </p>
    </section>
  )
}
