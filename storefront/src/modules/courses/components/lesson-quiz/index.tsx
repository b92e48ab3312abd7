"use client"

import { useActionState } from "react"
import { submitLessonQuizAction } from "@/lib/actions/lesson-quiz"
import type { LessonQuiz as Quiz } from "@/lib/data/lesson-quiz"
import Alert from "@/modules/common/components/alert"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./styles.module.css"

type Props = { quiz: Quiz; countryCode: string; handle: string; enrollmentId: string; lessonId: string }

/**
 * The lesson's quiz, in place of "Mark complete": commerce grades it and a
 * pass completes the lesson. After a miss the learner sees their score and
 * which questions were wrong (never the right options), and tries again.
 */
export default function LessonQuiz({ quiz, countryCode, handle, enrollmentId, lessonId }: Props) {
  const [state, action] = useActionState(submitLessonQuizAction, null)
  const attempt = state?.attempt
  const passed = attempt?.passed || quiz.passed
  const correct = new Map(attempt?.results.map((r) => [r.question_id, r.correct]))
  const count = quiz.questions.length
  return (
    <section className={styles.quiz} aria-labelledby="quiz-heading" data-testid="lesson-quiz">
      <h2 id="quiz-heading" className={styles.heading}>
        Check your understanding
      </h2>
      <p className={styles.intro}>
        {count} question{count === 1 ? "" : "s"}. Get {quiz.pass_threshold}% right to complete this lesson; you can try as often as you need.
      </p>
      {attempt && (
        <Alert tone={attempt.passed ? "success" : "warning"} as="p" testId="quiz-result">
          <span data-testid="quiz-score">
            {attempt.score} of {attempt.question_count} right ({attempt.percent}%).
          </span>{" "}
          {attempt.passed ? "You passed: this lesson is complete." : `You need ${attempt.pass_threshold}% to pass. Read the lesson again and have another go.`}
        </Alert>
      )}
      {state && !state.ok && state.message && (
        <Alert tone="error" as="p" testId="quiz-error">
          {state.message}
        </Alert>
      )}
      {passed ? (
        !attempt && (
          <Alert tone="success" as="p" live="none" testId="quiz-passed">
            ✓ You passed this quiz: the lesson is complete.
          </Alert>
        )
      ) : (
        <form action={action} className={styles.form} data-testid="quiz-form">
          <input type="hidden" name="countryCode" value={countryCode} />
          <input type="hidden" name="handle" value={handle} />
          <input type="hidden" name="enrollmentId" value={enrollmentId} />
          <input type="hidden" name="lessonId" value={lessonId} />
          {quiz.questions.map((question, qi) => {
            const right = correct.get(question.id)
            return (
              <fieldset key={question.id} className={styles.question} data-testid="quiz-question">
                <legend className={styles.prompt}>
                  <span className={styles.number}>{qi + 1}.</span> {question.prompt}
                </legend>
                <p className={styles.hint}>{question.multiple ? "Choose every right answer." : "Choose one answer."}</p>
                {right !== undefined && (
                  <p className={right ? styles.right : styles.wrong} data-testid="quiz-question-result">
                    {right ? "✓ You got this one right." : "✗ Not quite: try this one again."}
                  </p>
                )}
                {question.options.map((option) => (
                  <label key={option.id} className={styles.option}>
                    <input
                      type={question.multiple ? "checkbox" : "radio"}
                      name={`answer:${question.id}`}
                      value={option.id}
                      required={!question.multiple}
                    />
                    <span>{option.text}</span>
                  </label>
                ))}
              </fieldset>
            )
          })}
          <SubmitButton pendingText="Checking…" testId="quiz-submit" size="lg">
            {attempt ? "Try again" : "Check my answers"}
          </SubmitButton>
        </form>
      )}
    </section>
  )
}
