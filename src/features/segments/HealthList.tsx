// A segment's health checks, most serious first, each with a button to the field that fixes it.
import type { Note } from '../../domain/canvas.schema';
import { segmentHealth, type HealthCheck, type HealthSeverity } from '../../domain/segment-health';
import { useCanvasNotes } from '../../store/selectors';
import { focusField } from './focus-field';
import { dayOf } from '../../domain/segment-operational';
import { formatDay } from '../../ui/format';

const now = () => Date.now();

export const SEVERITY_LABELS: Record<HealthSeverity, string> = {
  problem: 'Problem',
  warning: 'Warning',
  advice: 'Advice',
};

const FIELD_LABELS: Record<HealthCheck['field'], string> = {
  name: 'name',
  bases: 'segmentation bases',
  signals: 'observable signals',
  priority: 'priority',
  links: 'thread',
  dependsOn: 'other sides',
  jobs: 'jobs',
  pains: 'pains',
  gains: 'gains',
  archetype: 'archetype',
  validation: 'validation status',
  evidence: 'evidence log',
  review: 'review date',
};

export function HealthCheckItem({
  check,
  onFix,
}: {
  check: HealthCheck;
  onFix: (check: HealthCheck) => void;
}) {
  return (
    <li className={`health-check health-check--${check.severity}`}>
      <span className="health-check__severity">{SEVERITY_LABELS[check.severity]}</span>
      <span className="health-check__message">{check.message}</span>
      <button type="button" className="link-button" onClick={() => onFix(check)}>
        Go to {FIELD_LABELS[check.field]}
      </button>
    </li>
  );
}

export function HealthList({ note }: { note: Note }) {
  const canvasNotes = useCanvasNotes(note.canvasId);
  const checks = segmentHealth(note, canvasNotes, dayOf(now()), formatDay);
  return (
    <section className="panel-section health" aria-labelledby="seg-health-title">
      <h3 className="panel-section__title" id="seg-health-title">
        Health checks
      </h3>
      {checks.length === 0 ? (
        <p className="health__clear">No problems found.</p>
      ) : (
        <ul className="health-checks">
          {checks.map((check) => (
            <HealthCheckItem
              key={check.id}
              check={check}
              onFix={(c) => {
                if (!focusField(c.field)) document.getElementById('seg-platform-title')?.focus();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
