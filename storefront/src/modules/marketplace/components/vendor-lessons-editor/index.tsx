import { addVendorSectionAction, deleteVendorLessonAction, deleteVendorSectionAction, moveVendorLessonAction, renameVendorSectionAction } from "@/lib/actions/vendor-content"
import type { VendorCourse } from "@/lib/data/vendor-content"
import Badge from "@/modules/common/components/badge"
import { Input } from "@/modules/common/components/field"
import SubmitButton from "@/modules/common/components/submit-button"
import VendorContentForm from "@/modules/marketplace/components/vendor-content-form"
import VendorLessonForm from "@/modules/marketplace/components/vendor-lesson-form"
import styles from "./styles.module.css"

type Props = { course: VendorCourse | null; productId: string; countryCode: string; editable: boolean }

/** A vendor's course outline: sections in order, each with its lessons (edit, move, remove) and a form to add one. */
export default function VendorLessonsEditor({ course, productId, countryCode, editable }: Props) {
  const base = { countryCode, id: productId }
  return (
    <section aria-labelledby="vendor-lessons-heading" className={styles.editor} data-testid="vendor-lessons-editor">
      <h2 id="vendor-lessons-heading" className={styles.heading}>Lessons</h2>
      {!course?.sections.length ? <p className={styles.muted}>No lessons yet. Add a section, then its lessons: learners see them in this order once staff approve the course.</p> : null}
      {course?.sections.map((section) => {
        const order = section.lessons.map((l) => l.id).join(",")
        return (
          <div key={section.id} className={styles.section} data-testid={`vendor-section-${section.id}`}>
            <h3 className={styles.sectionTitle}>{section.title}</h3>
            <ol className={styles.lessons}>
              {section.lessons.map((lesson, i) => (
                <li key={lesson.id} className={styles.lesson} data-testid={`vendor-lesson-${lesson.id}`}>
                  <div className={styles.lessonHead}>
                    <span className={styles.lessonTitle}>
                      {lesson.title} <Badge>{lesson.kind === "video" ? "Video" : "Text"}</Badge> {lesson.is_free_preview ? <Badge tone="accent">Free preview</Badge> : null}
                    </span>
                    {editable ? (
                      <span className={styles.actions}>
                        {(["up", "down"] as const).map((direction) =>
                          (direction === "up" ? i > 0 : i < section.lessons.length - 1) ? (
                            <VendorContentForm key={direction} inline action={moveVendorLessonAction} hidden={{ ...base, section_id: section.id, lesson_id: lesson.id, order, direction }} label={`Move ${lesson.title} ${direction}`} testId={`vendor-lesson-${direction}-${lesson.id}`}>
                              <SubmitButton variant="quiet" size="sm" pendingText="Moving…" testId={`vendor-lesson-move-${direction}-${lesson.id}`} label={`Move "${lesson.title}" ${direction}`}>
                                {direction === "up" ? "↑ Up" : "↓ Down"}
                              </SubmitButton>
                            </VendorContentForm>
                          ) : null
                        )}
                        <VendorContentForm inline action={deleteVendorLessonAction} hidden={{ ...base, lesson_id: lesson.id }} label={`Remove ${lesson.title}`} testId={`vendor-lesson-delete-${lesson.id}`}>
                          <SubmitButton variant="quiet" size="sm" pendingText="Removing…" testId={`vendor-lesson-remove-${lesson.id}`} label={`Remove "${lesson.title}"`}>
                            Remove
                          </SubmitButton>
                        </VendorContentForm>
                      </span>
                    ) : null}
                  </div>
                  {editable ? (
                    <details className={styles.details}>
                      <summary>Edit lesson</summary>
                      <VendorLessonForm productId={productId} countryCode={countryCode} sectionId={section.id} lesson={lesson} />
                    </details>
                  ) : null}
                </li>
              ))}
            </ol>
            {editable ? (
              <div className={styles.sectionTools}>
                <details className={styles.details}>
                  <summary data-testid={`vendor-add-lesson-${section.id}`}>Add a lesson</summary>
                  <VendorLessonForm productId={productId} countryCode={countryCode} sectionId={section.id} />
                </details>
                <details className={styles.details}>
                  <summary>Rename or remove the section</summary>
                  <VendorContentForm action={renameVendorSectionAction} hidden={{ ...base, section_id: section.id }} label={`Rename ${section.title}`} testId={`vendor-section-rename-${section.id}`}>
                    <label htmlFor={`section-title-${section.id}`} className={styles.label}>Section title</label>
                    <Input id={`section-title-${section.id}`} name="title" defaultValue={section.title} maxLength={200} required />
                    <SubmitButton variant="secondary" size="sm" pendingText="Saving…" testId={`vendor-section-save-${section.id}`}>
                      Rename
                    </SubmitButton>
                  </VendorContentForm>
                  <VendorContentForm action={deleteVendorSectionAction} hidden={{ ...base, section_id: section.id }} label={`Remove ${section.title}`} testId={`vendor-section-delete-${section.id}`}>
                    <SubmitButton variant="danger" size="sm" pendingText="Removing…" testId={`vendor-section-remove-${section.id}`}>
                      Remove section and its lessons
                    </SubmitButton>
                  </VendorContentForm>
                </details>
              </div>
            ) : null}
          </div>
        )
      })}
      {editable ? (
        <VendorContentForm action={addVendorSectionAction} hidden={base} label="Add a section" testId="vendor-add-section">
          <label htmlFor="new-section-title" className={styles.label}>New section</label>
          <Input id="new-section-title" name="title" placeholder="e.g. Getting started" maxLength={200} required data-testid="vendor-new-section-title" />
          <SubmitButton variant="secondary" pendingText="Adding…" testId="vendor-add-section-submit">
            Add section
          </SubmitButton>
        </VendorContentForm>
      ) : null}
    </section>
  )
}
