import { useState, type FormEvent } from "react";
import { Button, Checkbox, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Switch, Text, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useTopicPaths } from "../requests/topic-paths";
import { useUpdateProfile } from "./community.api";
import { WEEKDAYS, type Profile, type Weekday } from "./community.types";

/** Interests, the days and hours I can help, how many open requests I take at once, away, and a short bio. */
export function AvailabilityForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const topics = useTopicPaths();
  const update = useUpdateProfile();
  const [interests, setInterests] = useState(profile.interests.map(String));
  const [days, setDays] = useState<string[]>(profile.days);
  const [hours, setHours] = useState<number | string>(profile.hoursPerWeek ?? "");
  const [openCap, setOpenCap] = useState<number | string>(profile.openCap);
  const [away, setAway] = useState(profile.away);
  const [bio, setBio] = useState(profile.bio);
  const capValid = Number.isInteger(Number(openCap)) && Number(openCap) >= 1 && Number(openCap) <= 50;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!capValid) return;
    update.mutate({
      interests: interests.map(Number),
      days: WEEKDAYS.filter((day) => days.includes(day)) as Weekday[],
      hoursPerWeek: hours === "" ? null : Number(hours),
      openCap: Number(openCap),
      away,
      bio: bio.trim(),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={update.error} />
        <MultiSelect
          label={t("community.me.interests")}
          description={t("community.me.interestsHint")}
          data={topics.options}
          value={interests}
          onChange={setInterests}
          searchable
          clearable
          nothingFoundMessage={t("common.nothingFound")}
        />
        <Checkbox.Group label={t("community.me.days")} value={days} onChange={setDays}>
          <Group gap="md" mt={6}>
            {WEEKDAYS.map((day) => (
              <Checkbox key={day} value={day} label={t(`community.days.${day}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput label={t("community.me.hours")} description={t("community.me.hoursHint")} value={hours} onChange={setHours} min={0} max={60} allowDecimal={false} />
          <NumberInput
            label={t("community.me.openCap")}
            description={t("community.me.openCapHint")}
            value={openCap}
            onChange={setOpenCap}
            min={1}
            max={50}
            allowDecimal={false}
            error={capValid ? undefined : t("community.me.openCapError")}
          />
        </SimpleGrid>
        <Switch label={t("community.me.away")} description={t("community.me.awayHint")} checked={away} onChange={(e) => setAway(e.currentTarget.checked)} />
        <Textarea label={t("community.me.bio")} description={t("community.me.bioHint")} value={bio} onChange={(e) => setBio(e.currentTarget.value)} autosize minRows={2} maxRows={6} maxLength={1000} />
        <Group justify="space-between">
          <Text size="sm" c="scaffold.8" role="status">
            {update.isSuccess ? t("profile.saved") : ""}
          </Text>
          <Button type="submit" loading={update.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
