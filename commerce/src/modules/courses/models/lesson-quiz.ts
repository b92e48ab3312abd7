import { model } from "@medusajs/framework/utils"

/** One multiple-choice question as stored; a question may have several right options. */
export type QuizQuestion = {
  id: string
  prompt: string
  options: { id: string; text: string }[]
  correct_option_ids: string[]
}

/**
 * A lesson's optional quiz: the learner completes that lesson only by
 * passing it. `pass_threshold` is the percentage of questions (1–100) that
 * must be answered exactly right. Keyed by a plain `lesson_id` so a quiz
 * never changes the lesson's own table.
 */
const LessonQuiz = model
  .define("lesson_quiz", {
    id: model.id({ prefix: "lqz" }).primaryKey(),
    lesson_id: model.text(),
    pass_threshold: model.number(),
    questions: model.json(),
  })
  .indexes([{ on: ["lesson_id"], unique: true }])
  .checks([
    { name: "lesson_quiz_threshold_range", expression: (c) => `${c.pass_threshold} BETWEEN 1 AND 100` },
  ])

export default LessonQuiz
