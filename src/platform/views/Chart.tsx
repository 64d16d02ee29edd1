import * as echarts from 'echarts';

export interface ChartProps {
  /** Accessible summary read by screen readers; the data table next to a chart carries the numbers. */
  label: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  kind?: 'bar' | 'line';
  /** Horizontal bars suit long category names (regions); a single series shows its values on the bars. */
  horizontal?: boolean;
  width?: number;
  height?: number;
}

/**
 * Renders a chart to SVG on the server with ECharts' SSR renderer, so it shows without
 * JavaScript, prints well and costs the phone nothing to draw.
 */
export function renderChartSvg({
  categories,
  series,
  kind = 'bar',
  horizontal = false,
  width = 720,
  height,
}: ChartProps): string {
  const h = height ?? (horizontal ? Math.max(240, categories.length * 26 + 60) : 320);
  const chart = echarts.init(null as any, null as any, { renderer: 'svg', ssr: true, width, height: h });
  // Every region name is shown on a horizontal chart; a long run of years is thinned and tilted
  // so the labels never overlap.
  const crowded = !horizontal && categories.length > 12;
  const cat = {
    type: 'category' as const,
    data: categories,
    axisLabel: { fontSize: 12, color: '#1b1b1b', interval: horizontal ? 0 : 'auto', rotate: crowded ? 45 : 0 },
  };
  const val = { type: 'value' as const, axisLabel: { fontSize: 12, color: '#1b1b1b' } };
  chart.setOption({
    animation: false,
    color: ['#00589c', '#c05600', '#2e7d32', '#6a1b9a'],
    grid: {
      left: horizontal ? 200 : 60,
      right: 30,
      top: series.length > 1 ? 40 : 20,
      bottom: crowded ? 60 : 40,
      containLabel: false,
    },
    legend: series.length > 1 ? { top: 0, textStyle: { color: '#1b1b1b' } } : undefined,
    xAxis: horizontal ? val : cat,
    yAxis: horizontal ? { ...cat, inverse: true } : val,
    series: series.map((s) => ({
      name: s.name,
      type: kind,
      data: s.values,
      label: { show: horizontal && series.length === 1, position: 'right', color: '#1b1b1b' },
    })),
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

export function Chart(props: ChartProps) {
  return (
    <figure class="chart">
      <div role="img" aria-label={props.label} dangerouslySetInnerHTML={{ __html: renderChartSvg(props) }} />
    </figure>
  );
}
