import { useState, type FormEvent } from "react";
import { Button, Group, Stack, TextInput, Textarea } from "@mantine/core";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { AppModal } from "../../app/app-modal";
import { ErrorAlert } from "../../app/error-alert";
import { useCreateGroup } from "./groups.api";

/** Dialog to create a helper group (tech, admin); opens the new group when done. */
export function CreateGroupModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("community.groups.createTitle")}>
      {opened && <CreateGroupForm onCancel={onClose} />}
    </AppModal>
  );
}

function CreateGroupForm({ onCancel }: { onCancel(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateGroup();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), description: description.trim() }, { onSuccess: (group) => void navigate(`/community/groups/${group.id}`) });
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        <ErrorAlert error={create.error} />
        <TextInput label={t("community.groups.name")} required maxLength={100} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
        <Textarea label={t("community.groups.description")} autosize minRows={2} maxRows={6} maxLength={2000} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
            {t("community.groups.createSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
