import { model } from "@medusajs/framework/utils"

/**
 * One graded submission of a lesson's quiz by a learner: what they chose,
 * how many questions they got right (`score` of `question_count`) and
 * whether that passed the threshold the quiz had at the time.
 */
const QuizAttempt = model
  .define("quiz_attempt", {
    id: model.id({ prefix: "qatt" }).primaryKey(),
    enrollment_id: model.text(),
    lesson_id: model.text(),
    quiz_id: model.text(),
    score: model.number(),
    question_count: model.number(),
    passed: model.boolean(),
    answers: model.json(),
  })
  .indexes([{ on: ["enrollment_id", "lesson_id"] }])
  .checks([
    { name: "quiz_attempt_score_range", expression: (c) => `${c.score} >= 0 AND ${c.score} <= ${c.question_count}` },
  ])

export default QuizAttempt
