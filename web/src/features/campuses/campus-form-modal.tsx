import { useState, type FormEvent } from "react";
import { Button, Group, Stack, TextInput } from "@mantine/core";
import { AppModal } from "../../app/app-modal";
import { useTranslation } from "react-i18next";
import type { Campus } from "../../app/api-types";
import { ErrorAlert } from "../../app/error-alert";
import { useSaveCampus } from "./campuses.api";
import { TimeZoneSelect } from "./time-zone-select";

/** Dialog to add a campus (`"new"`) or edit one: its name and time zone. */
export function CampusFormModal({ campus, onClose }: { campus: Campus | "new" | null; onClose(): void }) {
  const { t } = useTranslation();
  const editing = campus !== null && campus !== "new";
  return (
    <AppModal opened={campus !== null} onClose={onClose} title={editing ? t("campuses.editTitle", { name: campus.name }) : t("campuses.createTitle")}>
      {campus !== null && <CampusForm key={editing ? campus.id : "new"} campus={editing ? campus : null} onDone={onClose} />}
    </AppModal>
  );
}

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function CampusForm({ campus, onDone }: { campus: Campus | null; onDone(): void }) {
  const { t } = useTranslation();
  const save = useSaveCampus(campus?.id ?? null);
  const [name, setName] = useState(campus?.name ?? "");
  const [timeZone, setTimeZone] = useState(campus?.timeZone ?? browserTimeZone());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name: name.trim(), timeZone }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        <ErrorAlert error={save.error} />
        <TextInput label={t("campuses.fields.name")} required value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
        <TimeZoneSelect value={timeZone} onChange={setTimeZone} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {campus ? t("common.save") : t("campuses.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
