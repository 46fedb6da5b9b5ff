import { useState, type FormEvent } from "react";
import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Person } from "../../app/api-types";
import { ErrorAlert } from "../../app/error-alert";
import { useRemoveGroupMember, useSetGroupMember } from "./groups.api";
import { GROUP_ROLES, type GroupRole, type HelperGroup } from "./groups.types";
import { PersonPicker } from "./person-picker";

interface Props {
  group: HelperGroup;
  canManage: boolean;
  /** Supervisors, tech and admin may open any student's portfolio. */
  overseer: boolean;
  selected: number | null;
  onSelect(personId: number): void;
}

/** The group's people, supervisors first; tech and admin add and remove them. */
export function GroupMembers({ group, canManage, overseer, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const remove = useRemoveGroupMember(group.id);
  const members = [...group.members].sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === "supervisor" ? -1 : 1));

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="group-members-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="group-members-heading">
          {t("community.groups.members")}
        </Title>
        <ErrorAlert error={remove.error} />
        {members.length === 0 && <Text c="dimmed">{t("community.groups.noMembers")}</Text>}
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
          {members.map((member) => {
            const pickable = overseer && member.role === "member";
            const name = (
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={member.personId === selected ? 700 : 500} style={{ overflowWrap: "anywhere" }}>
                  {member.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`kinds.${member.kind}`, { defaultValue: member.kind })}
                </Text>
              </Stack>
            );
            return (
              <Group component="li" key={member.personId} justify="space-between" wrap="nowrap" gap="xs" data-member={member.personId}>
                {pickable ? (
                  <UnstyledButton onClick={() => onSelect(member.personId)} aria-pressed={member.personId === selected} aria-label={t("community.portfolio.showFor", { name: member.name })}>
                    {name}
                  </UnstyledButton>
                ) : (
                  name
                )}
                <Group gap={6} wrap="nowrap">
                  <Badge variant="light" color={member.role === "supervisor" ? "sun" : "scaffold"} c={member.role === "supervisor" ? "sun.9" : "scaffold.8"} tt="none">
                    {t(`community.groups.roles.${member.role}`)}
                  </Badge>
                  {canManage && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("community.groups.removeNamed", { name: member.name })}
                      loading={remove.isPending && remove.variables === member.personId}
                      onClick={() => remove.mutate(member.personId)}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  )}
                </Group>
              </Group>
            );
          })}
        </Stack>
        {canManage && <AddMemberForm group={group} />}
      </Stack>
    </Paper>
  );
}

function AddMemberForm({ group }: { group: HelperGroup }) {
  const { t } = useTranslation();
  const add = useSetGroupMember(group.id);
  const [person, setPerson] = useState<Person | null>(null);
  const [role, setRole] = useState<GroupRole>("member");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person) return;
    add.mutate({ personId: person.id, role }, { onSuccess: () => setPerson(null) });
  };

  return (
    <form onSubmit={submit} aria-label={t("community.groups.addMember")}>
      <Stack gap="xs" pt="sm" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
        <ErrorAlert error={add.error} />
        <PersonPicker label={t("community.groups.person")} value={person} onChange={setPerson} excludeIds={group.members.map((m) => m.personId)} />
        <Select
          label={t("community.groups.role")}
          data={GROUP_ROLES.map((value) => ({ value, label: t(`community.groups.roles.${value}`) }))}
          value={role}
          onChange={(value) => setRole((value as GroupRole | null) ?? "member")}
          allowDeselect={false}
        />
        <Button type="submit" variant="light" loading={add.isPending} disabled={!person}>
          {t("community.groups.addMember")}
        </Button>
      </Stack>
    </form>
  );
}
