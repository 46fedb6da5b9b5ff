import { SimpleGrid } from "@mantine/core";
import { HEADLINE_METRICS } from "./headline-metrics";
import { HeadlineCard } from "./headline-card";
import type { DependencyResponse } from "./insights.types";

/** Every headline figure, each with its change against the previous period. */
export function HeadlineCards({ report }: { report: DependencyResponse }) {
  return (
    <SimpleGrid cols={{ base: 2, md: 3, lg: 4 }} spacing={{ base: "xs", sm: "md" }}>
      {HEADLINE_METRICS.map((metric) => (
        <HeadlineCard key={metric.id} metric={metric} value={metric.value(report)} previous={metric.value(report.previous)} />
      ))}
    </SimpleGrid>
  );
}
