/**
 * The vitality per area for the checklist's marker (issue 16), read through the AnalysisService; read again when
 * `refresh` changes (the pane passes the tab, so returning to the checklist shows the latest scores). Null while
 * unknown or when the workbook has no input table; a failed read shows no marker rather than an error in the checklist.
 */
import { useEffect, useState } from "react";
import type { AnalysisService } from "../analysis/AnalysisService";
import type { AreaVitality } from "../core/vitality/vitalitySummary";

export function useVitalityOverview(service: AnalysisService | undefined, refresh: unknown): AreaVitality[] | null {
  const [overview, setOverview] = useState<AreaVitality[] | null>(null);
  useEffect(() => {
    let live = true;
    if (!service?.vitalityOverview) return;
    service
      .vitalityOverview()
      .then((found) => live && setOverview(found))
      .catch(() => live && setOverview(null));
    return () => {
      live = false;
    };
  }, [service, refresh]);
  return overview;
}
