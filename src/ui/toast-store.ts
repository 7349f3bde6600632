// Toasts: short messages, some with an action (Undo), that leave by themselves.
import { create } from 'zustand';
import { newId } from '../domain/ids';

export interface Toast {
  id: string;
  message: string;
  action?: { label: string; run: () => void };
  /** How long the toast stays, in ms. */
  duration: number;
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id' | 'duration'> & { duration?: number }) => string;
  dismiss: (id: string) => void;
}

export const DEFAULT_TOAST_MS = 6000;
/** Toasts offering Undo stay long enough to be noticed and used. */
export const UNDO_TOAST_MS = 12000;

export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  show: (toast) => {
    const id = newId('toast');
    const duration = toast.duration ?? (toast.action ? UNDO_TOAST_MS : DEFAULT_TOAST_MS);
    set((s) => ({ toasts: [...s.toasts.slice(-3), { ...toast, id, duration }] }));
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

export const showToast = (toast: Parameters<ToastState['show']>[0]) =>
  useToasts.getState().show(toast);
