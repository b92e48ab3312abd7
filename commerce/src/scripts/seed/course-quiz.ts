import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderedSections, type OutlineCourse } from "../../lib/courses/outline"
import { COURSES_MODULE } from "../../modules/courses"
import type CoursesModuleService from "../../modules/courses/service"
import { replaceLessonQuizWorkflow } from "../../workflows/courses/admin/replace-lesson-quiz"
import { DEMO_COURSE } from "./courses"

type Container = ExecArgs["container"]

/** The demo course's last lesson ends with a short quiz: two of three questions right pass it. */
export const DEMO_QUIZ = {
  lesson_title: "Five hundred words before breakfast",
  pass_threshold: 66,
  questions: [
    {
      id: "q_daily",
      prompt: "What does this lesson say beats heroic writing weekends?",
      options: [
        { id: "a", text: "Small daily pages", correct: true },
        { id: "b", text: "A week-long writing retreat", correct: false },
        { id: "c", text: "Waiting until inspiration strikes", correct: false },
      ],
    },
    {
      id: "q_tally",
      prompt: "Where should you keep the tally of your words?",
      options: [
        { id: "a", text: "In your head", correct: false },
        { id: "b", text: "On paper", correct: true },
        { id: "c", text: "Nowhere: counting is a distraction", correct: false },
      ],
    },
    {
      id: "q_habit",
      prompt: "Which of these belong to the daily habit?",
      options: [
        { id: "a", text: "Write before breakfast", correct: true },
        { id: "b", text: "Never skip twice in a row", correct: true },
        { id: "c", text: "Write only on weekends", correct: false },
      ],
    },
  ],
}

/**
 * Puts the demo quiz on the demo course's last lesson, once: a lesson that
 * already has a quiz (or a missing course or lesson) is left as it is.
 */
export async function ensureDemoQuiz(container: Container): Promise<boolean> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "course",
    fields: ["id", "sections.id", "sections.rank", "sections.title", "sections.lessons.id", "sections.lessons.title", "sections.lessons.rank"],
    filters: { handle: DEMO_COURSE.handle },
  })
  const course = data[0] as unknown as OutlineCourse | undefined
  if (!course) return false
  const lesson = orderedSections(course)
    .flatMap((s) => s.lessons)
    .find((l) => l.title === DEMO_QUIZ.lesson_title)
  if (!lesson) return false
  const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
  if ((await courses.listLessonQuizDefinitions({ lesson_id: lesson.id })).length) return false
  const quiz = { pass_threshold: DEMO_QUIZ.pass_threshold, questions: DEMO_QUIZ.questions }
  await replaceLessonQuizWorkflow(container).run({ input: { course_id: course.id, lesson_id: lesson.id, quiz } })
  return true
}
