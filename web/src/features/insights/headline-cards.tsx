import { SimpleGrid } from "@mantine/core";
import { HEADLINE_METRICS } from "./headline-metrics";
import { HeadlineCard } from "./headline-card";
import type { DependencyResponse } from "./insights.types";

/**
 * A period with only a handful of requests would make any change look dramatic ("was 100%"), so the
 * comparison is shown only when the previous period holds at least this many requests.
 */
const MIN_REQUESTS_TO_COMPARE = 30;

/** Every headline figure, each with its change against the previous period. */
export function HeadlineCards({ report }: { report: DependencyResponse }) {
  const earlierRequests = report.previous.monthly.reduce((sum, month) => sum + month.requests, 0);
  const comparable = earlierRequests >= MIN_REQUESTS_TO_COMPARE;
  return (
    <SimpleGrid cols={{ base: 2, md: 3, lg: 4 }} spacing={{ base: "xs", sm: "md" }}>
      {HEADLINE_METRICS.map((metric) => (
        <HeadlineCard key={metric.id} metric={metric} value={metric.value(report)} previous={comparable ? metric.value(report.previous) : null} />
      ))}
    </SimpleGrid>
  );
}
