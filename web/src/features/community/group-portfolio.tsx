import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { IconDownload, IconPrinter } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useFormatDay } from "../../app/format-date";
import { ErrorAlert } from "../../app/error-alert";
import { PageLoader } from "../../app/page-loader";
import classes from "./group-print.module.css";
import { portfolioCsvUrl, usePortfolio } from "./groups.api";
import type { GroupMember, PortfolioEntry } from "./groups.types";
import { PortfolioSummary } from "./portfolio-summary";

interface Props {
  groupId: number;
  /** The students whose portfolio the caller may open. */
  members: GroupMember[];
  personId: number | null;
  onSelect(personId: number): void;
}

/** One student's helping record: figures, topics, outcomes and every request, to download or print. */
export function GroupPortfolio({ groupId, members, personId, onSelect }: Props) {
  const { t } = useTranslation();
  const portfolio = usePortfolio(groupId, personId);
  const current = portfolio.data?.items.find((item) => item.personId === personId);

  return (
    <Paper withBorder radius="lg" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby="portfolio-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Title order={2} size="h3" id="portfolio-heading" style={{ overflowWrap: "anywhere" }}>
            {current ? t("community.portfolio.titleFor", { name: current.name }) : t("community.portfolio.title")}
          </Title>
          <Group gap="xs" className={classes.noPrint}>
            <Button component="a" href={portfolioCsvUrl(groupId, personId)} download variant="light" leftSection={<IconDownload size={18} aria-hidden />}>
              {t("community.portfolio.csv")}
            </Button>
            <Button variant="default" onClick={() => window.print()} leftSection={<IconPrinter size={18} aria-hidden />}>
              {t("community.portfolio.print")}
            </Button>
          </Group>
        </Group>
        {members.length > 1 && (
          <Select
            className={classes.noPrint}
            label={t("community.portfolio.student")}
            data={members.map((member) => ({ value: String(member.personId), label: member.name }))}
            value={personId === null ? null : String(personId)}
            onChange={(id) => id && onSelect(Number(id))}
            allowDeselect={false}
            searchable
            maw={360}
          />
        )}
        <ErrorAlert error={portfolio.error} />
        {portfolio.isPending && !portfolio.error && <PageLoader />}
        {current && (
          <>
            <PortfolioSummary portfolio={current} />
            <PortfolioTable entries={current.requests} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function PortfolioTable({ entries }: { entries: PortfolioEntry[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDay();
  if (entries.length === 0) return <Text c="dimmed">{t("community.portfolio.empty")}</Text>;
  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        {t("community.portfolio.requests")}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("community.portfolio.columns.request")}</Table.Th>
              <Table.Th>{t("community.portfolio.columns.topic")}</Table.Th>
              <Table.Th>{t("community.portfolio.columns.outcome")}</Table.Th>
              <Table.Th ta="right">{t("community.portfolio.columns.minutes")}</Table.Th>
              <Table.Th>{t("community.portfolio.columns.resolvedAt")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={`${entry.requestId}-${entry.contribution}`}>
                <Table.Td miw={180}>
                  <Anchor component={Link} to={`/requests/${entry.requestId}`} size="sm" style={{ overflowWrap: "break-word" }}>
                    {entry.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`community.portfolio.contribution.${entry.contribution}`)}
                    {entry.acceptedAnswer && ` · ${t("community.portfolio.accepted")}`}
                  </Text>
                </Table.Td>
                <Table.Td>{entry.topicName}</Table.Td>
                <Table.Td>{entry.resolutionKind ? t(`resolution.${entry.resolutionKind}.label`, { defaultValue: entry.resolutionKind }) : "—"}</Table.Td>
                <Table.Td ta="right">{entry.minutesSpent ?? "—"}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{entry.resolvedAt ? formatDate(entry.resolvedAt) : "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
