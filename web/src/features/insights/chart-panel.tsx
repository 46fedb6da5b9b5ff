import { useId, useState, type ReactNode } from "react";
import { Anchor, Button, Group, Paper, ScrollArea, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { downloadCsv, type CsvTable } from "./csv";

interface ChartPanelProps {
  title: string;
  description?: ReactNode;
  /** The chart itself (an `EChart`, or a list). */
  chart: ReactNode;
  /** The chart's data, for the CSV download (raw values). */
  csv: CsvTable;
  /** The same data for the table view (formatted), one cell per CSV column. */
  rows: ReactNode[][];
  filename: string;
  /** The server's CSV of the whole report. */
  serverCsvUrl?: string;
  actions?: ReactNode;
  testId: string;
}

/** A chart with a chart / table toggle (the table is the accessible alternative) and CSV downloads. */
export function ChartPanel({ title, description, chart, csv, rows, filename, serverCsvUrl, actions, testId }: ChartPanelProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<"chart" | "table">("chart");
  const titleId = useId();
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby={titleId} data-testid={testId} miw={0}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} maw="32rem">
            <Title order={2} size="h4" id={titleId}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(value) => setView(value as "chart" | "table")}
            data={[
              { value: "chart", label: t("insights.view.chart") },
              { value: "table", label: t("insights.view.table") },
            ]}
            aria-label={t("insights.view.label", { title })}
          />
        </Group>
        {view === "chart" ? (
          chart
        ) : (
          <ScrollArea.Autosize mah={360} type="auto">
            <Table striped highlightOnHover stickyHeader data-testid={`${testId}-table`}>
              <Table.Caption>{title}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {csv.columns.map((column) => (
                    <Table.Th key={column} scope="col">
                      {t(`insights.columns.${column}`, { defaultValue: column })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, index) => (
                  <Table.Tr key={index}>
                    {row.map((value, column) => (
                      <Table.Td key={column}>{value}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <Button size="xs" variant="light" leftSection={<IconDownload size={14} aria-hidden />} onClick={() => downloadCsv(csv, filename)}>
              {t("insights.csv.chart")}
            </Button>
            {serverCsvUrl && (
              <Anchor href={serverCsvUrl} size="sm" download>
                {t("insights.csv.report")}
              </Anchor>
            )}
          </Group>
          {actions}
        </Group>
      </Stack>
    </Paper>
  );
}
