import { useEffect, useRef } from "react";
import { Box } from "@mantine/core";
import { echarts, type EChartsCoreOption } from "./echarts-setup";

interface EChartProps {
  option: EChartsCoreOption;
  /** Describes the chart for screen readers (the table view carries the figures). */
  ariaLabel: string;
  height?: number;
  /** Called when the chart is clicked anywhere (e.g. to open a drill-down). */
  onClick?: () => void;
  testId?: string;
}

/** A small ECharts wrapper: init on a ref, setOption on change, follows its box's size, disposes on unmount. */
export function EChart({ option, ariaLabel, height = 280, onClick, testId }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: "svg" });
    chartRef.current = chart;
    chart.getZr().on("click", () => clickRef.current?.());
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption({ aria: { enabled: true }, animationDuration: 300, ...option }, { notMerge: true });
  }, [option]);

  return <Box ref={ref} role="img" aria-label={ariaLabel} data-testid={testId} data-chart h={height} w="100%" style={{ cursor: onClick ? "pointer" : undefined }} />;
}
