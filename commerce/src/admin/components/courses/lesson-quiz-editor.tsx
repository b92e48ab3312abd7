import { Button, Checkbox, Heading, IconButton, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { coursesApi } from "../../lib/courses-api"

type QuizOption = { id?: string; text: string; correct: boolean }
type QuizQuestion = { id?: string; prompt: string; options: QuizOption[] }
type LessonQuiz = { id: string; pass_threshold: number; questions: QuizQuestion[] }

const MAX_QUESTIONS = 20
const MAX_OPTIONS = 6
const blankQuestion = (): QuizQuestion => ({ prompt: "", options: [{ text: "", correct: true }, { text: "", correct: false }] })

/**
 * A lesson's optional quiz: multiple-choice questions (tick every right
 * option) and the percentage of questions a learner must get right. With a
 * quiz, learners complete the lesson only by passing it.
 */
export const LessonQuizEditor = ({ courseId, lessonId }: { courseId: string; lessonId: string }) => {
  const path = `/${courseId}/lessons/${lessonId}/quiz`
  const [saved, setSaved] = useState<LessonQuiz | null | undefined>(undefined)
  const [threshold, setThreshold] = useState("80")
  const [questions, setQuestions] = useState<QuizQuestion[]>([])
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null)

  const show = (quiz: LessonQuiz | null) => {
    setSaved(quiz)
    setThreshold(String(quiz?.pass_threshold ?? 80))
    setQuestions(quiz?.questions ?? [])
  }
  useEffect(() => {
    coursesApi<{ quiz: LessonQuiz | null }>(path).then(
      (d) => show(d.quiz),
      (e: Error) => setMessage({ tone: "error", text: e.message })
    )
  }, [path])

  const setQuestion = (qi: number, change: Partial<QuizQuestion>) => setQuestions(questions.map((q, i) => (i === qi ? { ...q, ...change } : q)))
  const setOption = (qi: number, oi: number, change: Partial<QuizOption>) =>
    setQuestion(qi, { options: questions[qi].options.map((o, i) => (i === oi ? { ...o, ...change } : o)) })

  const run = async (action: () => Promise<void>, done: string) => {
    setMessage(null)
    try {
      await action()
      setMessage({ tone: "ok", text: done })
    } catch (e) {
      setMessage({ tone: "error", text: (e as Error).message })
    }
  }
  const save = () =>
    run(async () => {
      const body = { pass_threshold: Number(threshold), questions }
      show((await coursesApi<{ quiz: LessonQuiz }>(path, { method: "POST", body })).quiz)
    }, "Quiz saved.")
  const remove = () =>
    run(async () => {
      await coursesApi(path, { method: "DELETE" })
      show(null)
    }, "Quiz removed: the lesson is completed with “Mark complete” again.")

  if (saved === undefined && !message) return <Text size="small">Loading the quiz…</Text>
  return (
    <section className="flex w-full flex-col gap-3 rounded-md border p-3" aria-label="Lesson quiz">
      <Heading level="h3">Quiz {saved ? "" : "(none yet)"}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Optional. With a quiz, learners complete this lesson only by passing it; answers are checked by commerce.
      </Text>
      {questions.map((question, qi) => (
        <fieldset key={question.id ?? `new-${qi}`} className="flex flex-col gap-2 border-t pt-2">
          <div className="flex items-start gap-2">
            <Label className="flex-1">
              Question {qi + 1}
              <Textarea value={question.prompt} maxLength={1000} onChange={(e) => setQuestion(qi, { prompt: e.target.value })} />
            </Label>
            <Button size="small" variant="transparent" onClick={() => setQuestions(questions.filter((_, i) => i !== qi))}>
              Remove question
            </Button>
          </div>
          {question.options.map((option, oi) => (
            <div key={option.id ?? `new-${oi}`} className="flex items-center gap-2">
              <Checkbox
                aria-label={`Option ${oi + 1} of question ${qi + 1} is right`}
                checked={option.correct}
                onCheckedChange={(v) => setOption(qi, oi, { correct: v === true })}
              />
              <Input
                aria-label={`Option ${oi + 1} of question ${qi + 1}`}
                value={option.text}
                maxLength={300}
                onChange={(e) => setOption(qi, oi, { text: e.target.value })}
              />
              <IconButton
                size="small"
                variant="transparent"
                aria-label={`Remove option ${oi + 1}`}
                disabled={question.options.length <= 2}
                onClick={() => setQuestion(qi, { options: question.options.filter((_, i) => i !== oi) })}
              >
                ×
              </IconButton>
            </div>
          ))}
          <Button
            size="small"
            variant="secondary"
            className="self-start"
            disabled={question.options.length >= MAX_OPTIONS}
            onClick={() => setQuestion(qi, { options: [...question.options, { text: "", correct: false }] })}
          >
            Add option
          </Button>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-end gap-2">
        <Button size="small" variant="secondary" disabled={questions.length >= MAX_QUESTIONS} onClick={() => setQuestions([...questions, blankQuestion()])}>
          Add question
        </Button>
        <Label className="flex items-center gap-1">
          Pass at
          <Input type="number" min={1} max={100} className="w-20" value={threshold} onChange={(e) => setThreshold(e.target.value)} aria-label="Pass threshold (%)" />
          % right
        </Label>
        <Button size="small" disabled={!questions.length} onClick={save}>
          Save quiz
        </Button>
        {saved && (
          <Button size="small" variant="danger" onClick={remove}>
            Remove quiz
          </Button>
        )}
      </div>
      {message && (
        <Text size="small" role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
          {message.text}
        </Text>
      )}
    </section>
  )
}
