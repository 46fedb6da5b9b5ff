import { useState } from "react";
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useAuth } from "../../app/auth-context";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { CreateGroupModal } from "./create-group-modal";
import { useGroups } from "./groups.api";

/** `/community/groups`: the helper groups the signed-in person may see; tech and admin create them. */
export function GroupsPage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const canManage = hasRole("tech", "admin");
  const groups = useGroups();
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t("community.groups.title")}
        description={t("community.groups.intro")}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t("community.groups.create")}
            </Button>
          )
        }
      />
      <ErrorAlert error={groups.error} />
      {groups.isPending && !groups.error && <PageLoader />}
      {groups.data && groups.data.items.length === 0 && <Text c="dimmed">{t("community.groups.none")}</Text>}
      {groups.data && groups.data.items.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
          {groups.data.items.map((group) => {
            const supervisors = group.members.filter((m) => m.role === "supervisor").length;
            return (
              <li key={group.id}>
                <Paper withBorder radius="lg" p="md" h="100%" component="article">
                  <Stack gap="xs">
                    <Title order={2} size="h4">
                      <Anchor component={Link} to={`/community/groups/${group.id}`} style={{ overflowWrap: "anywhere" }}>
                        {group.name}
                      </Anchor>
                    </Title>
                    {group.description && (
                      <Text size="sm" c="dimmed" lineClamp={3}>
                        {group.description}
                      </Text>
                    )}
                    <Group gap={6}>
                      <Badge variant="light" tt="none">
                        {t("community.groups.memberCount", { count: group.members.length - supervisors })}
                      </Badge>
                      <Badge variant="light" color="gray" c="gray.8" tt="none">
                        {t("community.groups.supervisorCount", { count: supervisors })}
                      </Badge>
                    </Group>
                  </Stack>
                </Paper>
              </li>
            );
          })}
        </SimpleGrid>
      )}
      {canManage && <CreateGroupModal opened={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
