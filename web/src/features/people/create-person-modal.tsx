import { useState, type FormEvent } from "react";
import { Button, Group, Stack } from "@mantine/core";
import { PasswordField } from "../../app/password-field";
import { AppModal } from "../../app/app-modal";
import { useTranslation } from "react-i18next";
import type { Campus, Person } from "../../app/api-types";
import { ErrorAlert } from "../../app/error-alert";
import { useCreatePerson } from "./people.api";
import { EMPTY_PERSON, PersonFields, type PersonDraft } from "./person-fields";

interface Props {
  opened: boolean;
  onClose(): void;
  onCreated(person: Person): void;
  campuses: Campus[];
}

/** Dialog to add a person, optionally with a first password (otherwise they cannot sign in yet). */
export function CreatePersonModal({ opened, onClose, onCreated, campuses }: Props) {
  const { t } = useTranslation();
  const create = useCreatePerson();
  const [draft, setDraft] = useState<PersonDraft>(EMPTY_PERSON);
  const [password, setPassword] = useState("");

  const close = () => {
    setDraft(EMPTY_PERSON);
    setPassword("");
    create.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { ...draft, name: draft.name.trim(), email: draft.email.trim(), password: password || undefined },
      {
        onSuccess: (person) => {
          close();
          onCreated(person);
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={close} title={t("people.createTitle")} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={create.error} />
          <PersonFields value={draft} onChange={setDraft} campuses={campuses} />
          <PasswordField
            label={t("people.fields.initialPassword")}
            description={t("people.initialPasswordHint")}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("people.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
