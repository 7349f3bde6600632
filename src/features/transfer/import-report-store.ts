// The import reports: why each refused file was refused, one after another, for the dialog that
// explains them (several files picked or dropped at once may each fail).
import { create } from 'zustand';

export interface ImportReport {
  /** "“plan.json” was not imported", say. */
  title: string;
  reason: string;
  problems: string[];
  moreProblems: number;
}

interface ImportReportState {
  /** The report shown now; the rest wait their turn. */
  report: ImportReport | null;
  waiting: ImportReport[];
  show: (report: ImportReport) => void;
  /** Closes the report shown, and shows the next, if any. */
  close: () => void;
}

export const useImportReport = create<ImportReportState>()((set) => ({
  report: null,
  waiting: [],
  show: (report) =>
    set((s) => (s.report ? { waiting: [...s.waiting, report] } : { report, waiting: [] })),
  close: () => set((s) => ({ report: s.waiting[0] ?? null, waiting: s.waiting.slice(1) })),
}));
