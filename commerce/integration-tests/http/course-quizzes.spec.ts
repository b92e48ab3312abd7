import "../utils/ebook-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureDemoAdmin } from "../../src/scripts/seed/accounts"
import { DEMO_QUIZ, ensureDemoQuiz } from "../../src/scripts/seed/course-quiz"
import { DEMO_COURSE, ensureDemoCourse } from "../../src/scripts/seed/courses"
import { ensureStoreSetup } from "../../src/scripts/seed/store"
import { COURSES_MODULE } from "../../src/modules/courses"
import type CoursesModuleService from "../../src/modules/courses/service"
import type { RunningSimulator } from "../utils/paystack-simulator"
import { openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

type Answer = { question_id: string; option_ids: string[] }

/** Two questions, both must be right (100 %); the second has two right options. */
const QUIZ = {
  pass_threshold: 100,
  questions: [
    {
      id: "q1",
      prompt: "How many sentences per chapter in an honest outline?",
      options: [
        { id: "one", text: "One", correct: true },
        { id: "ten", text: "Ten", correct: false },
      ],
    },
    {
      id: "q2",
      prompt: "Which are true of a chapter that needs two sentences?",
      options: [
        { id: "a", text: "It is too long to outline", correct: false },
        { id: "b", text: "It is two chapters", correct: true },
        { id: "c", text: "It should be split", correct: true },
      ],
    },
  ],
}
const RIGHT: Answer[] = [
  { question_id: "q1", option_ids: ["one"] },
  { question_id: "q2", option_ids: ["c", "b"] },
]
const HALF_RIGHT: Answer[] = [
  { question_id: "q1", option_ids: ["one"] },
  { question_id: "q2", option_ids: ["b"] },
]
const rightDemoAnswers = (): Answer[] =>
  DEMO_QUIZ.questions.map((q) => ({ question_id: q.id, option_ids: q.options.filter((o) => o.correct).map((o) => o.id) }))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let admin: Headers
    let ada: Headers
    let ben: Headers
    let adaEnrollment: string
    let courseId: string
    let lessonIds: string[]
    let otherLessonId: string

    const courses = () => getContainer().resolve<CoursesModuleService>(COURSES_MODULE)
    const res = <T>(p: Promise<T>) => p.catch((e) => e.response)
    const quizUrl = (lessonId: string) => `/admin/courses/${courseId}/lessons/${lessonId}/quiz`
    const submit = (headers: Headers, enrollmentId: string, lessonId: string, answers: unknown) =>
      res(api.post(`/store/customers/me/courses/${enrollmentId}/lessons/${lessonId}/quiz`, { answers }, { headers }))
    const complete = (headers: Headers, enrollmentId: string, lessonId: string) =>
      res(api.post(`/store/customers/me/courses/${enrollmentId}/lessons/${lessonId}/complete`, {}, { headers }))
    const completedIds = async (enrollmentId: string) =>
      (await courses().listLessonProgresses({ enrollment_id: enrollmentId })).map((p) => p.lesson_id)
    /** A signed-in customer enrolled in the demo course (enrolment itself is courses.spec's subject). */
    const enrol = async (email: string) => {
      const headers = await shop.register(email)
      const { data } = await api.get("/store/customers/me", { headers })
      const enrollment = await courses().createEnrollments({
        customer_id: data.customer.id,
        order_id: `order_${email}`,
        line_item_id: `line_${email}`,
        course_id: courseId,
        enrolled_at: new Date(),
      })
      return { headers, enrollmentId: enrollment.id }
    }

    beforeAll(async () => {
      const setup = await ensureStoreSetup(getContainer(), "Storefront")
      await ensureDemoAdmin(getContainer())
      await ensureDemoCourse(getContainer(), setup)
      expect(await ensureDemoQuiz(getContainer())).toBe(true)
      expect(await ensureDemoQuiz(getContainer())).toBe(false)
      // No purchases here, so no payment simulator: the shop helper only registers and signs in.
      shop = await openShop(api, getContainer, null as unknown as RunningSimulator)
      admin = await shop.adminHeaders()
      const [course] = await courses().listCourses({ handle: DEMO_COURSE.handle })
      courseId = course.id
      const { data } = await api.get(`/admin/courses/${courseId}`, { headers: admin })
      lessonIds = data.course.sections.flatMap((s: any) => s.lessons.map((l: any) => l.id))
      expect(lessonIds).toHaveLength(4)

      // Another published course, with a quiz on its only lesson.
      const other = await api.post("/admin/courses", { title: "Other course", handle: "other-course", status: "published" }, { headers: admin })
      const section = await api.post(`/admin/courses/${other.data.course.id}/sections`, { title: "Only" }, { headers: admin })
      const lesson = await api.post(
        `/admin/courses/${other.data.course.id}/lessons`,
        { section_id: section.data.section_id, title: "Elsewhere", kind: "text", body: "Not yours" },
        { headers: admin }
      )
      otherLessonId = lesson.data.lesson_id
      await api.post(`/admin/courses/${other.data.course.id}/lessons/${otherLessonId}/quiz`, QUIZ, { headers: admin })

      // The runner restores this state before every test: lesson 3 has QUIZ, Ada is enrolled.
      await api.post(quizUrl(lessonIds[2]), QUIZ, { headers: admin })
      ;({ headers: ada, enrollmentId: adaEnrollment } = await enrol("ada@example.com"))
      ben = await shop.register("ben@example.com")
    })

    describe("staff", () => {
      it("set a lesson's quiz, read it back with the right options, and replace it keeping the ids", async () => {
        expect((await api.get(quizUrl(lessonIds[1]), { headers: admin })).data.quiz).toBeNull()
        const { data } = await api.post(quizUrl(lessonIds[1]), QUIZ, { headers: admin })
        expect(data.quiz).toMatchObject({ lesson_id: lessonIds[1], pass_threshold: 100 })
        expect(data.quiz.questions[1].options.map((o: any) => [o.id, o.correct])).toEqual([
          ["a", false],
          ["b", true],
          ["c", true],
        ])
        const read = await api.get(quizUrl(lessonIds[1]), { headers: admin })
        expect(read.data.quiz).toEqual(data.quiz)

        // Ids left out are made up; the quiz row is the same one.
        const renamed = await api.post(
          quizUrl(lessonIds[1]),
          { ...QUIZ, questions: [{ prompt: "New?", options: [{ text: "Yes", correct: true }, { text: "No" }] }] },
          { headers: admin }
        )
        expect(renamed.data.quiz.id).toBe(data.quiz.id)
        expect(renamed.data.quiz.questions[0].id).toMatch(/^q_/)
        expect(renamed.data.quiz.questions[0].options[1]).toMatchObject({ text: "No", correct: false })
        expect((await api.get(quizUrl(lessonIds[0]), { headers: admin })).data.quiz).toBeNull()
      })

      it("refuse an invalid quiz with a 400 naming the question or field", async () => {
        const q = (over: object) => ({ ...QUIZ.questions[0], ...over })
        const cases: [unknown, RegExp][] = [
          [{ ...QUIZ, questions: [] }, /questions.*too small/],
          [{ ...QUIZ, questions: Array.from({ length: 21 }, (_, i) => q({ id: `q${i}` })) }, /questions.*too big/],
          [{ ...QUIZ, questions: [q({ options: [{ text: "Only", correct: true }] })] }, /questions, 0, options.*at least: '2'/],
          [{ ...QUIZ, questions: [q({ options: Array.from({ length: 7 }, (_, i) => ({ text: `o${i}`, correct: true })) })] }, /questions, 0, options.*at most: '6'/],
          [{ ...QUIZ, questions: [QUIZ.questions[0], q({ id: "q9", options: [{ text: "A" }, { text: "B" }] })] }, /Question 2 needs at least one correct option/],
          [{ ...QUIZ, questions: [q({ prompt: "   " })] }, /questions, 0, prompt.*too small/],
          [{ ...QUIZ, questions: [q({ prompt: "x".repeat(1001) })] }, /questions, 0, prompt.*too big/],
          [{ ...QUIZ, questions: [q({ options: [{ text: "", correct: true }, { text: "B" }] })] }, /questions, 0, options, 0, text.*too small/],
          [{ ...QUIZ, questions: [q({ options: [{ text: "Same", correct: true }, { text: "same" }] })] }, /Question 1 has two options with the same text/],
          [{ ...QUIZ, questions: [QUIZ.questions[0], q({})] }, /Question 2 repeats the id q1/],
          [{ ...QUIZ, pass_threshold: 0 }, /pass_threshold.*too small/],
          [{ ...QUIZ, pass_threshold: 101 }, /pass_threshold.*too big/],
          [{ questions: QUIZ.questions }, /pass_threshold.*required/],
        ]
        for (const [body, message] of cases) {
          const answer = await res(api.post(quizUrl(lessonIds[1]), body, { headers: admin }))
          expect([answer.status, answer.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        expect((await api.get(quizUrl(lessonIds[1]), { headers: admin })).data.quiz).toBeNull()
      })

      it("reach a lesson only through its own course (404), and need to be staff", async () => {
        expect((await res(api.post(quizUrl(otherLessonId), QUIZ, { headers: admin }))).status).toBe(404)
        expect((await res(api.delete(quizUrl(otherLessonId), { headers: admin }))).status).toBe(404)
        expect((await res(api.post(quizUrl(lessonIds[1]), QUIZ, { headers: ada }))).status).toBe(401)
      })
    })

    describe("learners", () => {
      it("see the quiz in the lesson without its right answers", async () => {
        const { data } = await api.get(`/store/courses/${DEMO_COURSE.handle}/lessons/${lessonIds[2]}`, { headers: ada })
        expect(data.quiz).toEqual({
          id: expect.any(String),
          pass_threshold: 100,
          passed: false,
          questions: [
            { id: "q1", prompt: QUIZ.questions[0].prompt, multiple: false, options: [{ id: "one", text: "One" }, { id: "ten", text: "Ten" }] },
            {
              id: "q2",
              prompt: QUIZ.questions[1].prompt,
              multiple: true,
              options: QUIZ.questions[1].options.map(({ id, text }) => ({ id, text })),
            },
          ],
        })
        expect(JSON.stringify(data)).not.toMatch(/correct/)
        const free = await api.get(`/store/courses/${DEMO_COURSE.handle}/lessons/${lessonIds[0]}`, { headers: shop.key })
        expect(free.data.quiz).toBeNull()
      })

      it("fail with wrong answers: scored, told which questions were wrong, the lesson not complete", async () => {
        const { data } = await submit(ada, adaEnrollment, lessonIds[2], HALF_RIGHT)
        expect(data.attempt).toMatchObject({
          score: 1,
          question_count: 2,
          percent: 50,
          pass_threshold: 100,
          passed: false,
          results: [
            { question_id: "q1", correct: true },
            { question_id: "q2", correct: false },
          ],
          completion: null,
        })
        expect(JSON.stringify(data)).not.toMatch(/correct_option|"b"|"c"/)
        // An unanswered question counts wrong.
        expect((await submit(ada, adaEnrollment, lessonIds[2], [])).data.attempt).toMatchObject({ score: 0, passed: false })
        expect(await completedIds(adaEnrollment)).not.toContain(lessonIds[2])
        const attempts = await courses().listQuizAttempts({ enrollment_id: adaEnrollment, lesson_id: lessonIds[2] })
        expect(attempts.map((a) => [a.score, a.passed])).toEqual(expect.arrayContaining([[1, false], [0, false]]))
      })

      it("cannot mark a lesson with a quiz complete before passing it", async () => {
        const refused = await complete(ada, adaEnrollment, lessonIds[2])
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/pass the quiz first/)
        expect(await completedIds(adaEnrollment)).not.toContain(lessonIds[2])
      })

      it("refuse unknown questions and options, and malformed answers, with a 400 and no attempt", async () => {
        const before = (await courses().listQuizAttempts({ enrollment_id: adaEnrollment })).length
        const cases: [unknown, RegExp][] = [
          [[{ question_id: "q1", option_ids: ["nope"] }], /Question q1 has no option nope/],
          [[{ question_id: "q7", option_ids: ["one"] }], /no question q7/],
          [[...RIGHT, { question_id: "q1", option_ids: ["one"] }], /answered twice/],
          ["all of them", /answers/],
          [[{ question_id: "q1" }], /option_ids/],
        ]
        for (const [answers, message] of cases) {
          const answer = await submit(ada, adaEnrollment, lessonIds[2], answers)
          expect([answer.status, answer.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        expect(await courses().listQuizAttempts({ enrollment_id: adaEnrollment })).toHaveLength(before)
      })

      it("pass with the right answers, and the lesson is complete", async () => {
        const { data } = await submit(ada, adaEnrollment, lessonIds[2], RIGHT)
        expect(data.attempt).toMatchObject({ score: 2, percent: 100, passed: true })
        expect(data.attempt.completion).toMatchObject({ enrollment_id: adaEnrollment, status: "active", progress: { completed_count: 1 } })
        expect(await completedIds(adaEnrollment)).toEqual([lessonIds[2]])
        const lesson = await api.get(`/store/courses/${DEMO_COURSE.handle}/lessons/${lessonIds[2]}`, { headers: ada })
        expect(lesson.data.quiz.passed).toBe(true)
        // Completing it again changes nothing; a later failed attempt does not take it back.
        expect((await complete(ada, adaEnrollment, lessonIds[2])).status).toBe(200)
        expect((await submit(ada, adaEnrollment, lessonIds[2], [])).data.attempt.passed).toBe(false)
        expect(await completedIds(adaEnrollment)).toEqual([lessonIds[2]])
      })

      it("finish the course by passing the last lesson's quiz, which issues the certificate", async () => {
        expect((await submit(ada, adaEnrollment, lessonIds[2], RIGHT)).data.attempt.passed).toBe(true)
        for (const id of lessonIds.slice(0, 2)) expect((await complete(ada, adaEnrollment, id)).status).toBe(200)
        expect((await complete(ada, adaEnrollment, lessonIds[3])).status).toBe(400)
        expect(await courses().listCertificates({ enrollment_id: adaEnrollment })).toHaveLength(0)
        const { data } = await submit(ada, adaEnrollment, lessonIds[3], rightDemoAnswers())
        expect(data.attempt.passed).toBe(true)
        expect(data.attempt.completion).toMatchObject({ status: "completed", progress: { completed_count: 4, percent: 100 } })
        const [certificate] = await courses().listCertificates({ enrollment_id: adaEnrollment })
        expect(data.attempt.completion.certificate_code).toBe(certificate.code)
        expect((await courses().retrieveEnrollment(adaEnrollment)).status).toBe("completed")
      })
    })

    describe("ownership", () => {
      it("answers 404 for another customer's enrollment, recording nothing", async () => {
        const before = (await courses().listQuizAttempts({ enrollment_id: adaEnrollment })).length
        expect((await submit(ben, adaEnrollment, lessonIds[2], RIGHT)).status).toBe(404)
        expect((await submit(shop.key, adaEnrollment, lessonIds[2], RIGHT)).status).toBe(401)
        expect(await courses().listQuizAttempts({ enrollment_id: adaEnrollment })).toHaveLength(before)
      })

      it("answers 404 for a lesson of another course, by quiz or by Mark complete, and records no progress", async () => {
        const { headers, enrollmentId } = await enrol("cleo@example.com")
        const byQuiz = await submit(headers, enrollmentId, otherLessonId, RIGHT)
        expect(byQuiz.status).toBe(404)
        expect(byQuiz.data.message).toMatch(/No lesson/)
        expect((await complete(headers, enrollmentId, otherLessonId)).status).toBe(404)
        expect(await completedIds(enrollmentId)).toEqual([])
        expect(await courses().listQuizAttempts({ enrollment_id: enrollmentId })).toEqual([])
      })

      it("refuses a revoked enrollment (403)", async () => {
        const { headers, enrollmentId } = await enrol("dayo@example.com")
        await courses().updateEnrollments({ id: enrollmentId, status: "revoked", revoked_at: new Date() })
        const answer = await submit(headers, enrollmentId, lessonIds[2], RIGHT)
        expect(answer.status).toBe(403)
        expect(answer.data.message).toMatch(/revoked/)
        expect(await courses().listQuizAttempts({ enrollment_id: enrollmentId })).toEqual([])
        expect(await completedIds(enrollmentId)).toEqual([])
      })

      it("slows down guessing: the eleventh attempt at a lesson in ten minutes is a 429", async () => {
        const { headers, enrollmentId } = await enrol("emeka@example.com")
        for (let i = 0; i < 10; i++) expect((await submit(headers, enrollmentId, lessonIds[2], [])).status).toBe(200)
        const limited = await submit(headers, enrollmentId, lessonIds[2], RIGHT)
        expect(limited.status).toBe(429)
        expect(limited.data.message).toMatch(/Too many quiz attempts/)
        expect(await completedIds(enrollmentId)).toEqual([])
      })
    })

    describe("staff removing a quiz", () => {
      it("lets Mark complete work again for that lesson", async () => {
        const { headers, enrollmentId } = await enrol("femi@example.com")
        expect((await complete(headers, enrollmentId, lessonIds[2])).status).toBe(400)
        const { data } = await api.delete(quizUrl(lessonIds[2]), { headers: admin })
        expect(data).toEqual({ lesson_id: lessonIds[2], object: "lesson_quiz", deleted: true })
        expect((await complete(headers, enrollmentId, lessonIds[2])).status).toBe(200)
      })
    })
  },
})
