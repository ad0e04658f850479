/** A report's 口径说明: a heading and the definitions, numbered, in the report layer's small print. */
export function ReportNotes({ title, notes }: { title: string; notes: readonly string[] }) {
  return (
    <>
      <strong>{title}</strong>
      <ol className="report-notes">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ol>
    </>
  );
}
