import { useState } from "react";
import { Button, Center, Paper, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconPencil, IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Campus } from "../../app/api-types";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { CampusFormModal } from "./campus-form-modal";
import { useCampuses } from "./campuses.api";

/** Admin: the school's campuses and the time zone each one's dates and calendars use. */
export function CampusesPage() {
  const { t } = useTranslation();
  const campuses = useCampuses();
  const [editing, setEditing] = useState<Campus | "new" | null>(null);

  return (
    <>
      <PageHeader
        title={t("campuses.title")}
        description={t("campuses.intro")}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing("new")}>
            {t("campuses.create")}
          </Button>
        }
      />
      <ErrorAlert error={campuses.error} />
      <Paper withBorder radius="lg" p={{ base: "xs", sm: "md" }}>
        {campuses.isPending ? (
          <PageLoader />
        ) : !campuses.data?.length ? (
          <Center py="xl">
            <Text c="dimmed">{t("campuses.empty")}</Text>
          </Center>
        ) : (
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("campuses.fields.name")}</Table.Th>
                <Table.Th>{t("campuses.fields.timeZone")}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {campuses.data.map((campus) => (
                <Table.Tr key={campus.id}>
                  <Table.Td fw={500}>{campus.name}</Table.Td>
                  <Table.Td>{campus.timeZone.replaceAll("_", " ")}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(campus)} aria-label={t("campuses.editNamed", { name: campus.name })}>
                      {t("common.edit")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <CampusFormModal campus={editing} onClose={() => setEditing(null)} />
    </>
  );
}
