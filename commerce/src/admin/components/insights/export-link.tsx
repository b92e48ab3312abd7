import { ArrowDownTray } from "@medusajs/icons"

/** A CSV download: a plain link, so the browser streams the file to disk as the server writes it. */
export const ExportLink = ({ href, children }: { href: string; children: string }) => (
  <a
    href={href}
    download
    className="txt-compact-small-plus shadow-buttons-neutral bg-ui-button-neutral hover:bg-ui-button-neutral-hover text-ui-fg-base inline-flex items-center gap-1 rounded-md px-2 py-1"
  >
    <ArrowDownTray />
    {children}
  </a>
)
