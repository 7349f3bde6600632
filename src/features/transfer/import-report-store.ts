// The import report: why the last file was refused, for the dialog that explains it.
import { create } from 'zustand';

export interface ImportReport {
  /** "“plan.json” was not imported", say. */
  title: string;
  reason: string;
  problems: string[];
  moreProblems: number;
}

interface ImportReportState {
  report: ImportReport | null;
  show: (report: ImportReport) => void;
  close: () => void;
}

export const useImportReport = create<ImportReportState>()((set) => ({
  report: null,
  show: (report) => set({ report }),
  close: () => set({ report: null }),
}));
