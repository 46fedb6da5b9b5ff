import { Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import { IconArrowDownRight, IconArrowUpRight, IconInfoCircle, IconMinus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { HeadlineMetric } from "./headline-metrics";
import { useFormat } from "./format";

/** One headline figure with its change against the previous period, coloured by whether it is better. */
export function HeadlineCard({ metric, value, previous }: { metric: HeadlineMetric; value: number | null; previous: number | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const show = (v: number) => (metric.format === "percent" ? format.percent(v) : format.decimal(v));
  const label = t(`insights.metrics.${metric.id}.label`);

  return (
    <Paper withBorder radius="lg" p="md" data-testid={`metric-${metric.id}`}>
      <Stack gap={4}>
        <Group gap={4} wrap="nowrap" justify="space-between" align="flex-start">
          <Text size="sm" fw={600} c="dimmed">
            {label}
          </Text>
          <Tooltip label={t(`insights.metrics.${metric.id}.help`)} multiline w={260} events={{ hover: true, focus: true, touch: true }}>
            <IconInfoCircle size={16} tabIndex={0} role="img" aria-label={t(`insights.metrics.${metric.id}.help`)} style={{ flexShrink: 0 }} />
          </Tooltip>
        </Group>
        <Text fz={{ base: 22, sm: 28 }} fw={700} lh={1.1} data-testid="metric-value">
          {value === null ? "—" : show(value)}
        </Text>
        {value === null ? (
          <Text size="xs" c="dimmed">
            {t(`insights.metrics.${metric.id}.unknown`, { defaultValue: t("insights.unknown") })}
          </Text>
        ) : (
          <Change metric={metric} value={value} previous={previous} show={show} />
        )}
      </Stack>
    </Paper>
  );
}

function Change({ metric, value, previous, show }: { metric: HeadlineMetric; value: number; previous: number | null; show: (v: number) => string }) {
  const { t } = useTranslation();
  if (previous === null) {
    return (
      <Text size="xs" c="dimmed">
        {t("insights.change.noPrevious")}
      </Text>
    );
  }
  const delta = value - previous;
  const threshold = metric.format === "percent" ? 0.005 : 0.005;
  if (Math.abs(delta) < threshold) {
    return (
      <Group gap={4} wrap="nowrap">
        <IconMinus size={14} aria-hidden />
        <Text size="xs" c="dimmed">
          {t("insights.change.same", { previous: show(previous) })}
        </Text>
      </Group>
    );
  }
  const up = delta > 0;
  const better = up === (metric.better === "higher");
  const Arrow = up ? IconArrowUpRight : IconArrowDownRight;
  const amount = metric.format === "percent" ? t("insights.change.points", { value: Math.abs(Math.round(delta * 100)) }) : show(Math.abs(delta));
  return (
    <Group gap={4}>
      <Arrow size={16} aria-hidden color={better ? "var(--mantine-color-scaffold-7)" : "var(--mantine-color-red-7)"} />
      <Text size="xs" c={better ? "scaffold.8" : "red.8"} fw={600}>
        {t(up ? "insights.change.up" : "insights.change.down", { amount })}
        {" · "}
        {t(better ? "insights.change.better" : "insights.change.worse")}
      </Text>
      <Text size="xs" c="dimmed">
        {t("insights.change.was", { previous: show(previous) })}
      </Text>
    </Group>
  );
}
