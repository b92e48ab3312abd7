/**
 * Demo catalogue: the author's books, most sold as hardcover, paperback and
 * ebook. One is ebook-only and one print-only, one paperback is nearly sold
 * out and one hardcover is out of stock, so the shop shows every case.
 */
export type BookFormat = "Hardcover" | "Paperback" | "Ebook"

export type DemoBook = {
  title: string
  handle: string
  subtitle: string
  description: string
  category: string
  collection: string
  year: number
  pages: number
  /** Prices in major units (naira, dollars), hardcover / paperback / ebook. */
  ngn: [number, number, number]
  usd: [number, number, number]
  /** Print stock per format: hardcover, paperback. */
  stock: [number, number]
  /** The formats it is sold in; all three when omitted. */
  formats?: BookFormat[]
  color: string
}

export const AUTHOR = "Adaeze Okafor"
export const FORMATS: BookFormat[] = ["Hardcover", "Paperback", "Ebook"]

export const CATEGORIES = [
  { name: "Writing Craft", handle: "writing-craft", description: "Books on the practice of writing." },
  { name: "Learning & Teaching", handle: "learning-teaching", description: "How people learn, and how to teach them." },
  { name: "Fiction", handle: "fiction", description: "Novels and stories." },
  { name: "Productivity", handle: "productivity", description: "Making room for deep work." },
]

export const COLLECTIONS = [
  { title: "Bestsellers", handle: "bestsellers" },
  { title: "New Releases", handle: "new-releases" },
]

export const BOOKS: DemoBook[] = [
  {
    title: "The Quiet Draft",
    handle: "the-quiet-draft",
    subtitle: "Writing your first book without the noise",
    description:
      "A practical guide to finishing a first draft: daily pages, honest outlines and the quiet discipline that turns ideas into a manuscript.",
    category: "writing-craft",
    collection: "bestsellers",
    year: 2021,
    pages: 248,
    ngn: [18500, 12500, 6500],
    usd: [29.99, 19.99, 9.99],
    stock: [40, 120],
    color: "#1f4e5f",
  },
  {
    title: "Learning in Public",
    handle: "learning-in-public",
    subtitle: "Share what you know while you learn it",
    description:
      "Why explaining your work as you go makes you learn faster, and how to do it without fear of getting things wrong.",
    category: "learning-teaching",
    collection: "bestsellers",
    year: 2022,
    pages: 212,
    ngn: [17500, 11500, 6000],
    usd: [27.99, 18.99, 8.99],
    stock: [35, 90],
    color: "#8a3b12",
  },
  {
    title: "Harmattan Letters",
    handle: "harmattan-letters",
    subtitle: "A novel",
    description:
      "Two sisters, one dusty season in Kano, and the letters that carry what neither will say aloud.",
    category: "fiction",
    collection: "new-releases",
    year: 2025,
    pages: 336,
    ngn: [21000, 14000, 7500],
    usd: [32.5, 21.5, 11.99],
    stock: [25, 80],
    formats: ["Hardcover", "Paperback"],
    color: "#b5651d",
  },
  {
    title: "The Teacher's Notebook",
    handle: "the-teachers-notebook",
    subtitle: "Lesson design for people who never trained as teachers",
    description:
      "Plan a lesson, run a workshop and design a course that people finish, from someone who learned it in front of real classrooms.",
    category: "learning-teaching",
    collection: "new-releases",
    year: 2024,
    pages: 280,
    ngn: [19500, 13000, 7000],
    usd: [31, 20.5, 10.99],
    stock: [30, 60],
    color: "#3d5a80",
  },
  {
    title: "Deep Work in Lagos",
    handle: "deep-work-in-lagos",
    subtitle: "Focus in a loud city",
    description:
      "Generator hum, traffic and group chats: a field guide to protecting focused hours when the world will not quiet down.",
    category: "productivity",
    collection: "bestsellers",
    year: 2020,
    pages: 196,
    ngn: [16000, 10500, 5500],
    usd: [25, 16.99, 7.99],
    stock: [20, 70],
    color: "#2a9d8f",
  },
  {
    title: "Sentences That Sing",
    handle: "sentences-that-sing",
    subtitle: "Style, rhythm and clarity",
    description:
      "Short chapters on the sentence: how to hear it, shape it and cut it until it carries exactly what you mean.",
    category: "writing-craft",
    collection: "new-releases",
    year: 2023,
    pages: 184,
    ngn: [15500, 10000, 5000],
    usd: [24, 15.99, 7.49],
    stock: [0, 0],
    formats: ["Ebook"],
    color: "#6d597a",
  },
  {
    title: "The Long Afternoon",
    handle: "the-long-afternoon",
    subtitle: "Stories",
    description:
      "Eleven stories set in the slow hours between lunch and dusk, where small decisions turn whole lives.",
    category: "fiction",
    collection: "bestsellers",
    year: 2019,
    pages: 228,
    ngn: [17000, 11000, 5500],
    usd: [26.5, 17.5, 8.49],
    stock: [15, 50],
    color: "#9c6644",
  },
  {
    title: "Small Habits, Big Books",
    handle: "small-habits-big-books",
    subtitle: "A year-long writing plan",
    description:
      "Fifty-two weekly practices that add up to a finished book, with check-ins, templates and the habits that hold.",
    category: "productivity",
    collection: "new-releases",
    year: 2026,
    pages: 264,
    ngn: [20000, 13500, 6800],
    usd: [30, 20, 9.49],
    stock: [0, 3],
    color: "#386641",
  },
]
