import { z } from "@medusajs/framework/zod"

const QUIZ_ID = /^[A-Za-z0-9_-]{1,40}$/
const quizId = z.string().regex(QUIZ_ID, "ids are 1–40 letters, digits, - or _")

const option = z.object({
  id: quizId.optional(),
  text: z.string().trim().min(1).max(300),
  correct: z.boolean().default(false),
})

const question = z.object({
  id: quizId.optional(),
  prompt: z.string().trim().min(1).max(1000),
  options: z.array(option).min(2).max(6),
})

/**
 * A lesson's whole quiz, replacing any it had: 1–20 questions of 2–6
 * options, each question with at least one right option. `pass_threshold` is
 * the percentage of questions a learner must get exactly right (1–100).
 * Ids are kept when given (so an edit keeps them) and made up when not.
 */
export const AdminReplaceLessonQuiz = z
  .object({
    pass_threshold: z.number().int().min(1).max(100),
    questions: z.array(question).min(1).max(20),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    const questionIds = new Set<string>()
    quiz.questions.forEach((q, i) => {
      const name = `Question ${i + 1}`
      if (!q.options.some((o) => o.correct)) {
        ctx.addIssue({ code: "custom", path: ["questions", i, "options"], message: `${name} needs at least one correct option` })
      }
      if (q.id && questionIds.has(q.id)) {
        ctx.addIssue({ code: "custom", path: ["questions", i, "id"], message: `${name} repeats the id ${q.id}` })
      }
      if (q.id) questionIds.add(q.id)
      const optionIds = q.options.flatMap((o) => (o.id ? [o.id] : []))
      if (new Set(optionIds).size !== optionIds.length) {
        ctx.addIssue({ code: "custom", path: ["questions", i, "options"], message: `${name} repeats an option id` })
      }
      const texts = q.options.map((o) => o.text.toLowerCase())
      if (new Set(texts).size !== texts.length) {
        ctx.addIssue({ code: "custom", path: ["questions", i, "options"], message: `${name} has two options with the same text` })
      }
    })
  })
export type AdminReplaceLessonQuizType = z.infer<typeof AdminReplaceLessonQuiz>
