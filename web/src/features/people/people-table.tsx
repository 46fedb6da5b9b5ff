import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Campus, Person } from "../../app/api-types";

interface Props {
  people: Person[];
  campuses: Campus[];
  onEdit(person: Person): void;
}

/** People as a table; on a phone the kind and campus columns fold into the name cell. */
export function PeopleTable({ people, campuses, onEdit }: Props) {
  const { t } = useTranslation();
  const campusName = (id: number | null) => campuses.find((campus) => campus.id === id)?.name ?? t("people.noCampus");

  return (
    <Table.ScrollContainer minWidth={300}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("people.fields.name")}</Table.Th>
            <Table.Th visibleFrom="md">{t("people.fields.kind")}</Table.Th>
            <Table.Th visibleFrom="md">{t("people.fields.campus")}</Table.Th>
            <Table.Th visibleFrom="sm">{t("people.fields.roles")}</Table.Th>
            <Table.Th visibleFrom="sm">{t("people.fields.status")}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Text fw={500}>{person.name}</Text>
                  <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                    {person.email}
                  </Text>
                  <Text size="sm" c="dimmed" hiddenFrom="md" component="div">
                    {t(`kinds.${person.kind}`)} · {campusName(person.campusId)}
                    {!person.active && ` · ${t("people.status.inactive")}`}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td visibleFrom="md">{t(`kinds.${person.kind}`)}</Table.Td>
              <Table.Td visibleFrom="md">{campusName(person.campusId)}</Table.Td>
              <Table.Td visibleFrom="sm">
                <Group gap={4}>
                  {person.roles.filter((role) => role !== "member").map((role) => (
                    <Badge key={role} variant="light" size="sm">
                      {t(`roles.${role}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Badge color={person.active ? "scaffold" : "gray"} variant={person.active ? "light" : "outline"} size="sm">
                  {person.active ? t("people.status.active") : t("people.status.inactive")}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconPencil size={16} aria-hidden />}
                  onClick={() => onEdit(person)}
                  aria-label={t("people.editNamed", { name: person.name })}
                >
                  {t("common.edit")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
