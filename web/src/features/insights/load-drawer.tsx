import { Anchor, Drawer, Group, Progress, SegmentedControl, Skeleton, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAuth } from "../../app/auth-context";
import { ErrorAlert } from "../../app/error-alert";
import { useLoad } from "./insights.api";
import { useFormat } from "./format";
import type { InsightQuery, Side } from "./insights.types";

/** "Who carries the load": resolutions per helper or requests per requester, with share bars. Labels may be groups. */
export function LoadDrawer({ side, query, onSide, onClose }: { side: Side | null; query: InsightQuery; onSide: (side: Side) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Tech may follow a helper to the requests behind their share; leaders see people, not requests.
  const triager = useAuth().hasRole("tech", "admin");
  const load = useLoad(side ?? "helpers", query, side !== null);
  const items = load.data ?? [];
  const max = Math.max(0, ...items.map((item) => item.share));

  return (
    <Drawer opened={side !== null} onClose={onClose} position="right" size="md" title={t("insights.load.title")} closeButtonProps={{ "aria-label": t("common.close") }}>
      <Stack gap="md">
        <SegmentedControl
          fullWidth
          value={side ?? "helpers"}
          onChange={(value) => onSide(value as Side)}
          data={[
            { value: "helpers", label: t("insights.load.helpers") },
            { value: "requesters", label: t("insights.load.requesters") },
          ]}
          aria-label={t("insights.load.title")}
        />
        <Text size="sm" c="dimmed">
          {t(`insights.load.intro.${side ?? "helpers"}`)}
        </Text>
        <ErrorAlert error={load.error} />
        {load.isPending && side !== null && <Skeleton h={200} radius="md" />}
        {load.isSuccess && items.length === 0 && <Text>{t("insights.load.none")}</Text>}
        {items.length > 0 && (
          <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: "none" }} data-testid="load-list">
            {items.map((item) => (
              <li key={item.key}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
                    {item.label}
                    {triager && side === "helpers" && item.key.startsWith("person:") && (
                      <>
                        {" "}
                        <Anchor component={Link} size="xs" to={`/queue?assignee=${item.key.slice("person:".length)}&status=resolved&status=closed`}>
                          {t("insights.load.seeRequests")}
                        </Anchor>
                      </>
                    )}
                    {item.key.startsWith("group:") && (
                      <Text span size="xs" c="dimmed">
                        {" "}
                        {t("insights.load.group")}
                      </Text>
                    )}
                  </Text>
                  <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                    {t(`insights.load.count.${side ?? "helpers"}`, { count: item.count })} · {format.percent(item.share)}
                  </Text>
                </Group>
                <Progress value={max > 0 ? (item.share / max) * 100 : 0} size="sm" radius="xl" aria-label={t("insights.load.shareOf", { label: item.label, share: format.percent(item.share) })} />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Drawer>
  );
}
