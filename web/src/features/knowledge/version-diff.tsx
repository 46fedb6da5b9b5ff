import { Box, Text } from "@mantine/core";
import { diffLines, diffWords } from "diff";
import { useTranslation } from "react-i18next";

export type DiffMode = "words" | "lines";

/** Lines of unchanged text kept on each side of a change; longer unchanged stretches are folded. */
const CONTEXT = 2;

/** Folds a long unchanged stretch to its edges, e.g. "a\nb\n…\ny\nz"; `first`/`last` keep only one edge. */
function fold(text: string, first: boolean, last: boolean, marker: (count: number) => string): string {
  const lines = text.split("\n");
  const head = first ? 0 : CONTEXT;
  const tail = last ? 0 : CONTEXT;
  if (lines.length <= head + tail + 2) return text;
  const hidden = lines.length - head - tail;
  return [...lines.slice(0, head), marker(hidden), ...lines.slice(lines.length - tail)].join("\n");
}

/** What changed between two texts, inserted parts underlined green and removed parts struck red. */
export function VersionDiff({ before, after, mode }: { before: string; after: string; mode: DiffMode }) {
  const { t } = useTranslation();
  const changes = mode === "lines" ? diffLines(before, after) : diffWords(before, after);
  if (!changes.some((change) => change.added || change.removed))
    return (
      <Text size="sm" c="dimmed">
        {t("knowledge.history.noTextChange")}
      </Text>
    );
  return (
    <Box
      component="pre"
      m={0}
      p="sm"
      fz="sm"
      bg="gray.0"
      style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: "var(--mantine-font-family-monospace)", borderRadius: "var(--mantine-radius-md)" }}
    >
      {changes.map((change, index) =>
        change.added ? (
          <ins key={index} aria-label={t("knowledge.history.added")} style={{ background: "var(--mantine-color-teal-1)", color: "var(--mantine-color-teal-9)" }}>
            {change.value}
          </ins>
        ) : change.removed ? (
          <del key={index} aria-label={t("knowledge.history.removed")} style={{ background: "var(--mantine-color-red-1)", color: "var(--mantine-color-red-9)" }}>
            {change.value}
          </del>
        ) : (
          <span key={index}>{fold(change.value, index === 0, index === changes.length - 1, (count) => t("knowledge.history.folded", { count }))}</span>
        ),
      )}
    </Box>
  );
}
