import { gradeQuiz, publicQuiz, type StoredLessonQuiz } from "../courses/quiz"

const quiz = (pass_threshold: number): StoredLessonQuiz => ({
  id: "lqz_1",
  lesson_id: "les_1",
  pass_threshold,
  questions: [
    { id: "q1", prompt: "One?", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }], correct_option_ids: ["a"] },
    { id: "q2", prompt: "Two?", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }], correct_option_ids: ["b"] },
    { id: "q3", prompt: "Both?", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }, { id: "c", text: "C" }], correct_option_ids: ["a", "c"] },
  ],
})

describe("gradeQuiz", () => {
  it("counts a question only when exactly its right options are chosen", () => {
    const graded = gradeQuiz(quiz(100), [
      { question_id: "q1", option_ids: ["a"] },
      { question_id: "q2", option_ids: ["a", "b"] },
      { question_id: "q3", option_ids: ["c", "a"] },
    ])
    expect(graded.results).toEqual([
      { question_id: "q1", correct: true },
      { question_id: "q2", correct: false },
      { question_id: "q3", correct: true },
    ])
    expect(graded).toMatchObject({ score: 2, question_count: 3, percent: 66, passed: false })
  })

  it("compares the threshold without rounding: 2 of 3 passes 66 % but not 67 %", () => {
    const twoRight = [
      { question_id: "q1", option_ids: ["a"] },
      { question_id: "q2", option_ids: ["b"] },
    ]
    expect(gradeQuiz(quiz(66), twoRight).passed).toBe(true)
    expect(gradeQuiz(quiz(67), twoRight).passed).toBe(false)
  })

  it("refuses unknown questions and options and a question answered twice", () => {
    expect(() => gradeQuiz(quiz(50), [{ question_id: "q9", option_ids: ["a"] }])).toThrow("This quiz has no question q9")
    expect(() => gradeQuiz(quiz(50), [{ question_id: "q1", option_ids: ["z"] }])).toThrow("Question q1 has no option z")
    expect(() =>
      gradeQuiz(quiz(50), [
        { question_id: "q1", option_ids: ["a"] },
        { question_id: "q1", option_ids: ["b"] },
      ])
    ).toThrow("Question q1 is answered twice")
  })
})

describe("publicQuiz", () => {
  it("shows the questions and whether to pick several, never the right options", () => {
    const shown = publicQuiz(quiz(80))
    expect(JSON.stringify(shown)).not.toMatch(/correct/)
    expect(shown.questions.map((q) => q.multiple)).toEqual([false, false, true])
  })
})
