import { useState, type FormEvent } from "react";
import { Button, Divider, Group, Stack, Switch } from "@mantine/core";
import { AppModal } from "../../app/app-modal";
import { useTranslation } from "react-i18next";
import type { Campus, Person } from "../../app/api-types";
import { ErrorAlert } from "../../app/error-alert";
import { useUpdatePerson } from "./people.api";
import { PersonFields, type PersonDraft } from "./person-fields";
import { SetPasswordForm } from "./set-password-form";

interface Props {
  person: Person | null;
  onClose(): void;
  campuses: Campus[];
}

/** Dialog to change a person's details, roles and active state, or set their password. */
export function EditPersonModal({ person, onClose, campuses }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={person !== null} onClose={onClose} title={t("people.editTitle", { name: person?.name ?? "" })} size="lg">
      {person && <EditPersonForm key={person.id} person={person} onDone={onClose} campuses={campuses} />}
    </AppModal>
  );
}

function EditPersonForm({ person, onDone, campuses }: { person: Person; onDone(): void; campuses: Campus[] }) {
  const { t } = useTranslation();
  const update = useUpdatePerson(person.id);
  const [draft, setDraft] = useState<PersonDraft>({
    name: person.name,
    email: person.email,
    kind: person.kind,
    campusId: person.campusId,
    roles: person.roles,
  });
  const [active, setActive] = useState(person.active);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ ...draft, name: draft.name.trim(), email: draft.email.trim(), active }, { onSuccess: onDone });
  };

  return (
    <Stack>
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={update.error} />
          <PersonFields value={draft} onChange={setDraft} campuses={campuses} />
          <Switch
            label={t("people.fields.active")}
            description={t("people.activeHint")}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider label={t("people.setPassword")} labelPosition="left" />
      <SetPasswordForm personId={person.id} />
    </Stack>
  );
}
