// The messages the inbox accepted: newest `limit` kept in memory (optionally
// appended to a JSON-lines file and read back on start), and counts of every
// message per recipient, kept whole so a benchmark of 50,000 can check that
// nobody got two.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"

export function createMessageStore({ limit = 5000, file = null } = {}) {
  const messages = new Map() // id → message, oldest first
  const perRecipient = new Map() // address → messages accepted
  let accepted = 0

  const count = (message) => {
    accepted += 1
    for (const address of message.to) perRecipient.set(address, (perRecipient.get(address) ?? 0) + 1)
  }
  const keep = (message) => {
    messages.set(message.id, message)
    while (messages.size > limit) messages.delete(messages.keys().next().value)
  }

  if (file && existsSync(file)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue
      try {
        const record = JSON.parse(line)
        if (record.kind === "event") messages.get(record.messageId)?.events.push(record.event)
        else {
          keep(record.message)
          count(record.message)
        }
      } catch {
        // A line cut short by a killed process: the rest still loads.
      }
    }
  }
  if (file) mkdirSync(path.dirname(file), { recursive: true })
  const persist = (record) => file && appendFileSync(file, `${JSON.stringify(record)}\n`)

  return {
    add(message) {
      keep(message)
      count(message)
      persist({ kind: "message", message })
    },
    addEvent(message, event) {
      message.events.push(event)
      persist({ kind: "event", messageId: message.id, event })
    },
    get: (id) => messages.get(id) ?? null,
    /** Newest first, filtered by a recipient, a subject fragment and a start time. */
    list({ to, subject, since, limit: max = 100 } = {}) {
      const found = []
      const all = [...messages.values()]
      for (let i = all.length - 1; i >= 0 && found.length < max; i--) {
        const message = all[i]
        if (to && !message.to.includes(to.toLowerCase())) continue
        if (subject && !message.subject.toLowerCase().includes(subject.toLowerCase())) continue
        if (since && message.createdAt < since) continue
        found.push(message)
      }
      return found
    },
    stats() {
      let duplicated = 0
      for (const n of perRecipient.values()) if (n > 1) duplicated += 1
      return { accepted, kept: messages.size, recipients: perRecipient.size, recipientsWithMoreThanOne: duplicated }
    },
    countFor: (address) => perRecipient.get(address.toLowerCase()) ?? 0,
    clear() {
      messages.clear()
      perRecipient.clear()
      accepted = 0
      if (file) writeFileSync(file, "")
    },
  }
}
