import { Fragment } from "react";

/** Splits the server's plain text on «…» markers: odd pieces are the matched words. */
export function highlightParts(text: string): { text: string; match: boolean }[] {
  return text
    .split(/«([^«»]*)»/)
    .map((piece, index) => ({ text: piece, match: index % 2 === 1 }))
    .filter((part) => part.text !== "");
}

/** Plain text with matched words as <mark>; never parsed as HTML. */
export function HighlightedText({ text }: { text: string }) {
  return (
    <>
      {highlightParts(text).map((part, index) =>
        part.match ? <mark key={index} style={{ background: "var(--mantine-color-sun-1)", color: "inherit", padding: 0 }}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </>
  );
}

/** The text without the «…» markers, for labels and titles. */
export function withoutMarks(text: string): string {
  return text.replace(/[«»]/g, "");
}
