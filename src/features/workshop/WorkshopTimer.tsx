// The workshop timer: a countdown the facilitator sets per step (3, 5 or 10 minutes), seen in
// both windows, pausable, with a gentle visual signal at the end and a soft tone only if asked.
import { useEffect, useRef, useState } from 'react';
import { TIMER_PRESETS, timeLeft, useWorkshop, type TimerState } from './workshop-store';

const now = () => Date.now();

function format(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** A short, soft tone (no sound file): only when the facilitator turned sound on. */
function chime() {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.2, audio.currentTime + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 1.2);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 1.3);
    tone.onended = () => void audio.close();
  } catch {
    // No audio here: the visual signal is enough.
  }
}

function useTimeLeft(timer: TimerState | null): number | null {
  const [, tick] = useState(0);
  const running = timer?.endsAt != null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => tick((n) => n + 1), 250);
    return () => clearInterval(id);
  }, [running]);
  return timer ? timeLeft(timer, now()) : null;
}

export function WorkshopTimer({ controls }: { controls: boolean }) {
  const timer = useWorkshop((s) => s.timer);
  const left = useTimeLeft(timer);
  const done = timer !== null && left === 0 && timer.endsAt !== null;
  const chimed = useRef(false);
  useEffect(() => {
    if (!done) {
      chimed.current = false;
      return;
    }
    if (!chimed.current && timer?.sound && controls) chime();
    chimed.current = true;
  }, [done, timer?.sound, controls]);
  const { setTimer, startTimer, pauseTimer, clearTimer, setTimerSound } = useWorkshop.getState();

  return (
    <div className="workshop-timer" data-done={done || undefined}>
      {timer && left !== null && (
        <p className="workshop-timer__time">
          <span className="visually-hidden">Time left: </span>
          <span role="timer" aria-label="Time left">
            {format(left)}
          </span>
          {timer.endsAt === null && left > 0 && (
            <span className="workshop-timer__state"> paused</span>
          )}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {done ? 'Time is up.' : ''}
      </p>
      {done && (
        <p className="workshop-timer__done" aria-hidden="true">
          Time is up
        </p>
      )}
      {controls && (
        <div className="workshop-timer__controls" role="group" aria-label="Timer">
          {TIMER_PRESETS.map((minutes) => (
            <button key={minutes} type="button" onClick={() => setTimer(minutes)}>
              {minutes} min
            </button>
          ))}
          {timer && (
            <>
              {timer.endsAt === null ? (
                <button
                  type="button"
                  onClick={() => startTimer(now())}
                  disabled={left === 0 && !timer.durationMs}
                >
                  {left === timer.durationMs || left === 0 ? 'Start timer' : 'Resume timer'}
                </button>
              ) : (
                <button type="button" onClick={() => pauseTimer(now())}>
                  Pause timer
                </button>
              )}
              <button type="button" onClick={clearTimer}>
                Clear timer
              </button>
              <label className="workshop-timer__sound">
                <input
                  type="checkbox"
                  checked={timer.sound}
                  onChange={(e) => setTimerSound(e.target.checked)}
                />{' '}
                Sound at the end
              </label>
            </>
          )}
        </div>
      )}
    </div>
  );
}
