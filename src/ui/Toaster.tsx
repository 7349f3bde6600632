import { useEffect, useRef } from 'react';
import { Quoted } from './Quoted';
import { useToasts, type Toast } from './toast-store';

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToasts((s) => s.dismiss);
  const remaining = useRef(toast.duration);
  const startedAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const pause = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    remaining.current -= Date.now() - startedAt.current;
  };
  const resume = () => {
    startedAt.current = Date.now();
    timer.current = setTimeout(() => dismiss(toast.id), Math.max(remaining.current, 2000));
  };

  useEffect(() => {
    resume();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- start the countdown once per toast
  }, []);

  return (
    <div
      className="toast"
      onMouseEnter={pause}
      onMouseLeave={resume}
      onFocus={pause}
      onBlur={resume}
    >
      <span>
        <Quoted text={toast.message} />
      </span>
      {toast.action && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            toast.action!.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss message"
        onClick={() => dismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}

/** The live region stays mounted so that screen readers announce toasts as they arrive. */
export function Toaster() {
  const toasts = useToasts((s) => s.toasts);
  return (
    <section className="toaster" aria-label="Notifications" aria-live="polite" role="status">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </section>
  );
}
