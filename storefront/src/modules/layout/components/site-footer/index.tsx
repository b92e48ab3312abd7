import Link from "next/link"
import { retrieveFooter } from "@/lib/data/navigation"
import { localiseHref, safeHref } from "@/lib/util/rich-text"
import styles from "./styles.module.css"

/** The cms's `footer` global (cached, tag `nav`); a plain line when the cms is down. */
export default async function SiteFooter({ countryCode }: { countryCode: string }) {
  const footer = await retrieveFooter().catch(() => null)
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <div className={styles.about}>
          <p className={styles.brand}>Adaeze Okafor</p>
          <p>Books for writers, teachers and lifelong learners.</p>
        </div>
        {footer?.columns?.length ? (
          <nav aria-label="Footer" className={styles.columns}>
            {footer.columns.map((column) => (
              <div key={column.id ?? column.heading}>
                <h2 className={styles.heading}>{column.heading}</h2>
                <ul>
                  {column.links?.map((link) => {
                    const href = safeHref(link.url)
                    return href ? (
                      <li key={link.id ?? link.url}>
                        <Link href={localiseHref(href, countryCode)}>{link.label}</Link>
                      </li>
                    ) : null
                  })}
                </ul>
              </div>
            ))}
          </nav>
        ) : null}
        <div className={styles.base}>
          <p>© {footer?.copyright || "Adaeze Okafor"}</p>
          <p>
            <a href="/rss.xml" type="application/rss+xml">
              Blog RSS feed
            </a>
          </p>
        </div>
      </div>
    </footer>
  )
}
