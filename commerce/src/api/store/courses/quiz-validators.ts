import { z } from "@medusajs/framework/zod"

const quizId = z.string().min(1).max(40)

/** POST .../lessons/:lessonId/quiz: the options chosen for each question (an unanswered question counts wrong). */
export const StoreSubmitLessonQuiz = z
  .object({
    answers: z
      .array(z.object({ question_id: quizId, option_ids: z.array(quizId).max(6) }).strict())
      .max(20),
  })
  .strict()
export type StoreSubmitLessonQuizType = z.infer<typeof StoreSubmitLessonQuiz>
