import { Button, Group, Stack } from "@mantine/core";
import { IconRosette, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import type { SkillLevel } from "./community.types";
import { useEndorseSkill } from "./groups.api";
import { SkillBadge } from "./skill-level-badge";

interface Props {
  personId: number;
  skills: { topicId: number; level: SkillLevel; endorsed: boolean }[];
  topicPath(id: number): string;
}

/** A person's skills with "Endorse" / "Withdraw endorsement" beside each (tech, admin). */
export function EndorseSkills({ personId, skills, topicPath }: Props) {
  const { t } = useTranslation();
  const endorse = useEndorseSkill();
  const busy = (topicId: number) => endorse.isPending && endorse.variables.topicId === topicId;

  return (
    <Stack gap={6}>
      <ErrorAlert error={endorse.error} />
      <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
        {skills.map((skill) => {
          const topic = topicPath(skill.topicId);
          return (
            <Group component="li" key={skill.topicId} justify="space-between" gap="xs" wrap="nowrap" align="center">
              <SkillBadge label={topic} level={skill.level} endorsed={skill.endorsed} />
              <Button
                size="compact-sm"
                variant={skill.endorsed ? "subtle" : "light"}
                color={skill.endorsed ? "gray" : "scaffold"}
                leftSection={skill.endorsed ? <IconX size={14} aria-hidden /> : <IconRosette size={14} aria-hidden />}
                loading={busy(skill.topicId)}
                onClick={() => endorse.mutate({ personId, topicId: skill.topicId, endorse: !skill.endorsed })}
                aria-label={t(skill.endorsed ? "community.endorse.withdrawNamed" : "community.endorse.endorseNamed", { topic })}
                style={{ flexShrink: 0 }}
              >
                {t(skill.endorsed ? "community.endorse.withdraw" : "community.endorse.endorse")}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
}
