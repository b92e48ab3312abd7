/** A course was created or edited (published, unpublished, renamed): its readers' copies (the search index) follow. */
export const COURSE_CHANGED = "course.changed"
