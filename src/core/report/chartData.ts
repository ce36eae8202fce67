/**
 * A chart as data, for the browser preview (which cannot write native Excel charts). Structurally the same as the
 * AnalysisService's ChartData, kept here so the core does not import the service layer.
 */
export interface ReportChartData {
  title: string;
  labels: string[];
  series: { name: string; values: number[] }[];
  stacked: boolean;
}
