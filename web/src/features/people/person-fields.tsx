import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PERSON_KINDS, ROLES, type Campus, type PersonKind, type Role } from "../../app/api-types";

/** The editable details every person has; `member` is always one of the roles. */
export interface PersonDraft {
  name: string;
  email: string;
  kind: PersonKind;
  campusId: number | null;
  roles: Role[];
}

export const EMPTY_PERSON: PersonDraft = { name: "", email: "", kind: "teacher", campusId: null, roles: ["member"] };

interface Props {
  value: PersonDraft;
  onChange(value: PersonDraft): void;
  campuses: Campus[];
}

/** Name, email, kind, campus and role checkboxes, shared by the create and edit dialogs. */
export function PersonFields({ value, onChange, campuses }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof PersonDraft>(key: K, field: PersonDraft[K]) => onChange({ ...value, [key]: field });

  return (
    <Stack gap="sm">
      <TextInput label={t("people.fields.name")} required value={value.name} onChange={(e) => set("name", e.currentTarget.value)} data-autofocus />
      <TextInput label={t("people.fields.email")} type="email" required value={value.email} onChange={(e) => set("email", e.currentTarget.value)} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Select
          label={t("people.fields.kind")}
          data={PERSON_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          value={value.kind}
          onChange={(kind) => kind && set("kind", kind as PersonKind)}
          allowDeselect={false}
          required
        />
        <Select
          label={t("people.fields.campus")}
          placeholder={t("people.noCampus")}
          data={campuses.map((campus) => ({ value: String(campus.id), label: campus.name }))}
          value={value.campusId === null ? null : String(value.campusId)}
          onChange={(id) => set("campusId", id ? Number(id) : null)}
          clearable
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t("people.fields.roles")}
        description={t("people.rolesHint")}
        value={value.roles}
        onChange={(roles) => set("roles", ["member", ...(roles as Role[]).filter((role) => role !== "member")])}
      >
        <Group gap="md" mt={6}>
          {ROLES.map((role) => (
            <Checkbox key={role} value={role} label={t(`roles.${role}`)} disabled={role === "member"} />
          ))}
        </Group>
      </Checkbox.Group>
    </Stack>
  );
}
