/** Demo post bodies: each has a heading, paragraphs, a list, a quote and a link. */
export const outlineInAWeekend = `## Friday night: the one-sentence promise

Before I open a blank document I write one sentence that says what the reader will be able to do after the last page. Everything I outline over the weekend has to earn its place against that sentence.

On Saturday morning I lay out the chapters as questions a reader would actually ask. Questions keep me honest; topics let me hide.

- Write the promise in one sentence.
- List the questions a reader brings to the book.
- Group the questions into six to ten chapters.
- Give every chapter one story and one exercise.

> An outline is not a cage. It is a map you are allowed to redraw.

The whole outline fits in one plain text file. I keep it in this shape, with \`?\` marking a chapter that still needs its story:

\`\`\`markdown
# Promise: finish a first draft in ninety days
1. Why do my drafts stall? (story: the 2019 notebook)
2. How small can a writing session be? ?
\`\`\`

By Sunday evening I have a document I can hand to a friend. If you want the template I use, it is in the [free outline worksheet](https://example.com/outline-worksheet).`

export const habitsThatMakeLearningStick = `## Learning is what you can do a week later

Most of us measure learning by how fluent a page feels while we read it. Fluency fades by Tuesday. These are the habits I teach in every course because they survive the week.

- Close the book and write down what you remember before re-reading.
- Space your practice: a little today, a little in three days.
- Mix problem types instead of drilling one kind at a time.
- Explain the idea to someone who was not in the room.

> If it felt easy, you probably rehearsed it. If it felt effortful, you probably learned it.

The research behind these habits is older than most study apps. A good starting point is the [retrieval practice guide](https://example.com/retrieval-practice), which I recommend to every new student.`

export const writingInPublic = `## Share the work, not the performance

Writing in public taught me more than any workshop, but for a year it also wore me out. I was publishing to be seen rather than to think.

Now I keep a few rules that make public writing sustainable:

- Publish notes, not verdicts: say what you are still unsure about.
- Keep a fixed day for publishing and protect the other days for drafting.
- Answer the three best replies, not all of them.

> The audience you want is the one that will still be there when you write slowly.

If you are starting out, my [newsletter archive](https://example.com/newsletter) shows what three years of imperfect weekly notes look like.`

export const courseNotesDraft = `## Working notes

These notes will become the welcome module of the next course. They are not ready to share.

- Week one: the one-sentence promise.
- Week two: outlining by questions.

> Remember to record the outline walkthrough video.

Reference: [course planning board](https://example.com/course-board).`
