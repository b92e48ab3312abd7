/** Text with the words a search matched in <mark>; every run is rendered as text, never as markup. */
export default function Highlighted({ runs }: { runs: { text: string; marked: boolean }[] }) {
  return (
    <span>
      {runs.map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}
    </span>
  )
}
