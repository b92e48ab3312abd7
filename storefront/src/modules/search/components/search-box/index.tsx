"use client"

import { usePathname, useRouter } from "next/navigation"
import { useEffect, useId, useMemo, useRef, useState } from "react"
import type { SearchSuggestion } from "@/app/api/search/route"
import { groupSuggestions, shownOrder } from "./group-suggestions"
import Highlighted from "../highlighted"
import styles from "./styles.module.css"

const DEBOUNCE_MS = 200

/** The answer for one term: suggestions belong to the term they were asked for. */
type Answer = { term: string; results: SearchSuggestion[] }

/**
 * The header's search: suggestions as you type (an ARIA combobox: arrows
 * move, Enter opens, Escape closes) and, on submit, the results page. Without
 * JavaScript it is a plain GET form to the results page.
 */
export default function SearchBox({ countryCode }: { countryCode: string }) {
  const router = useRouter()
  const pathname = usePathname()
  const [q, setQ] = useState("")
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const latest = useRef(0)
  const listId = useId()
  const term = q.trim()

  // On the results page the box keeps the query it shows results for (also after a full page load).
  useEffect(() => {
    if (pathname.endsWith("/search")) setQ(new URLSearchParams(window.location.search).get("q") ?? "")
  }, [pathname])

  const answeredTerm = answer?.term
  useEffect(() => {
    // Asked only while the reader is typing: a query filled in from the results page's URL needs no suggestions.
    if (!term || !open || answeredTerm === term) return
    const ticket = ++latest.current
    const timer = setTimeout(async () => {
      const res = await fetch(`/api/search?countryCode=${countryCode}&q=${encodeURIComponent(term)}`).catch(() => null)
      const body = res?.ok ? ((await res.json()) as { results: SearchSuggestion[] }) : { results: [] }
      // An older, slower answer must not replace a newer one.
      if (ticket !== latest.current) return
      setAnswer({ term, results: body.results })
      setActive(-1)
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [term, open, answeredTerm, countryCode])

  const answered = answer?.term === term
  // While a new term is on its way the last suggestions stay; "no match" is only said once the answer says so.
  // In the order shown (grouped by kind), so the arrow keys walk what the reader sees.
  const results = useMemo(() => shownOrder(answer && (answered || answer.results.length) ? answer.results : []), [answer, answered])
  const showList = open && term !== ""

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape") {
      // Closing the suggestions is all Escape does here; it must not also close the header's menu.
      if (showList) e.stopPropagation()
      return setOpen(false)
    }
    if (!showList || !results.length) return
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault()
      const step = e.key === "ArrowDown" ? 1 : -1
      // -1 is the input itself; the arrows cycle through it and the suggestions.
      setActive((i) => ((i + 1 + step + results.length + 1) % (results.length + 1)) - 1)
    } else if (e.key === "Enter" && active >= 0 && results[active]) {
      e.preventDefault()
      setOpen(false)
      router.push(results[active].href)
    }
  }

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    setOpen(false)
    if (!term) return
    e.preventDefault()
    router.push(`/${countryCode}/search?${new URLSearchParams({ q: term })}`)
  }

  return (
    <form role="search" action={`/${countryCode}/search`} className={styles.search} onSubmit={onSubmit}>
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search books, courses, posts, events and discussions
      </label>
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 20 20" className={styles.icon}>
        <circle cx="8.5" cy="8.5" r="5.5" />
        <path d="M13 13l4.5 4.5" />
      </svg>
      <input
        id={`${listId}-input`}
        name="q"
        type="search"
        placeholder="Search"
        autoComplete="off"
        maxLength={100}
        value={q}
        onChange={(e) => {
          setQ(e.target.value)
          setOpen(true)
          // A highlighted suggestion belongs to the words it was found for: typing lets go of it,
          // so Enter on new words opens their results, not a book left over from the last search.
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => term && setOpen(true)}
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-option-${active}` : undefined}
        className={styles.input}
        data-testid="search-input"
      />
      <ul
        id={`${listId}-list`}
        role="listbox"
        aria-label="Suggestions"
        aria-busy={!answered || undefined}
        className={styles.list}
        hidden={!showList}
        data-testid="search-suggestions"
      >
        {groupSuggestions(results).map((group) => (
          <li key={group.kind} role="presentation" className={styles.group}>
            <span id={`${listId}-${group.kind}`} className={styles.groupLabel} aria-hidden="true">
              {group.label}
            </span>
            <ul role="group" aria-labelledby={`${listId}-${group.kind}`} data-testid={`search-group-${group.kind}`}>
              {group.items.map(({ suggestion: s, index: i }) => (
                <li key={s.href} id={`${listId}-option-${i}`} role="option" aria-selected={i === active} className={styles.option}>
                  <a href={s.href} tabIndex={-1} onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen(false)}>
                    <Highlighted runs={s.title} />
                    {s.price && <span className="price">{s.price}</span>}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
        {showList && results.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className={styles.empty} data-testid={answered ? "search-no-match" : "search-searching"}>
            {answered ? "Nothing matches yet" : "Searching…"}
          </li>
        )}
      </ul>
    </form>
  )
}
